// A finding of the paper: what a partner offers, a challenge, a remedy, or a partner's own industrial
// tool, as the paper's own words. The quote must stand in the paper's text (prisma/seed/paper.txt) at
// the anchor named; an empty anchor is filled with the one `locateQuote` finds.
import { z } from 'zod';
import { locateQuote } from '@/lib/paper';
import { slugSchema } from './common';

/** Whom a finding is about. */
export const findingActors = ['korea', 'eu', 'nato', 'europe', 'industry'] as const;
export type FindingActor = (typeof findingActors)[number];

/** What kind of finding it is: an offer to the other side, a partner's own tool, an obstacle, a way past one. */
export const findingThemes = ['offer', 'tool', 'challenge', 'remedy'] as const;
export type FindingTheme = (typeof findingThemes)[number];

export const findingSchema = z
  .object({
    slug: slugSchema,
    theme: z.enum(findingThemes),
    actors: z.array(z.enum(findingActors)).min(1),
    title: z.string().trim().min(3).max(200),
    titleKo: z.string().trim().max(200).optional(),
    quote: z.string().trim().min(10).max(2000),
    anchor: z.string().trim().min(1).max(80).optional(),
    dealSlugs: z.array(slugSchema).default([]),
    instrumentCodes: z.array(slugSchema).default([]),
    recommendationNumbers: z.array(z.int().min(1).max(10)).default([]),
    countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  })
  .superRefine((f, ctx) => {
    const block = locateQuote(f.quote);
    if (!block) ctx.addIssue({ code: 'custom', path: ['quote'], message: 'These words are not in the paper.' });
    else if (f.anchor && f.anchor !== block.id) ctx.addIssue({ code: 'custom', path: ['anchor'], message: `The paper says this at ${block.id}, not at ${f.anchor}.` });
  })
  .transform((f) => ({ ...f, anchor: f.anchor ?? locateQuote(f.quote)!.id }));

export type FindingInput = z.input<typeof findingSchema>;
export type Finding = z.output<typeof findingSchema>;
