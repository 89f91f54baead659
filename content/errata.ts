import type { z } from 'zod';
import type { ErratumSchema } from '@/lib/content/schema';
import { errata as kaiyuan } from './kaiyuan/errata';
import { errata as shenyang } from './shenyang/errata';

/**
 * Evident slips in the source guides and what the site shows instead.
 * Never change a requirement through errata: fix only plain copying or numbering slips.
 */
export const errata: z.input<typeof ErratumSchema>[] = [...kaiyuan, ...shenyang];
