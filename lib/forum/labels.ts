/** "6/2023" */
export const caseNumber = (c: { number: number; year: number }) => `${c.number}/${c.year}`;
