// Series colours, shared by the server-rendered legends and the client charts. Each has at least 3:1
// contrast against both the light page (white) and the dark one (zinc-950), so bars stay visible in
// either scheme and on paper; the order follows the Okabe–Ito palette, distinguishable with the
// common colour-vision deficiencies.
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#64748b', '#7c3aed', '#b45309'] as const;

export function seriesColor(index: number): string {
  return palette[index % palette.length] ?? palette[0];
}
