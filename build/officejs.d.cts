declare const buildOfficeJs: {
  /** The dist/ folder of the installed @microsoft/office-js package. */
  packageDist(): string;
  /** What the intranet build copies: paths relative to the package's dist/ and to dist/office-js/. */
  officeJsFiles(dist?: string): { from: string; to: string }[];
};
export = buildOfficeJs;
