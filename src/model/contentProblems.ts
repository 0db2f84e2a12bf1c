/**
 * The wording of a content problem report, shared by the build's error and
 * terminal (Node) and the development server's notice on the pages
 * (browser). Plain functions, no imports.
 */

/** "Sisällössä on 2 virhettä. Korjaa ne, niin sivusto rakentuu taas:" */
export function problemsHeadline(count: number): string {
  return `Sisällössä on ${count === 1 ? 'yksi virhe' : `${count} virhettä`}. Korjaa ${count === 1 ? 'se' : 'ne'}, niin sivusto rakentuu taas:`;
}
