/** A share as a percentage with one decimal, as the screens show it. */
export const percent = (share: number) => Math.round(share * 1000) / 10;
