// The staff password of the end-to-end server (playwright.config.ts sets its hash).
export const E2E_STAFF_PASSWORD = 'e2e staff password, not for production';
