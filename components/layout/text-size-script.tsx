/** The localStorage key that remembers larger-text mode on this device. */
export const TEXT_SIZE_KEY = 'yb-large-text';

// Runs before first paint so a remembered larger-text choice never flashes small text.
const script = `try{if(localStorage.getItem('${TEXT_SIZE_KEY}')==='1')document.documentElement.classList.add('large-text')}catch(e){}`;

/** Inline head script applying the remembered text size; its hash is allowed by the CSP. */
export function TextSizeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
