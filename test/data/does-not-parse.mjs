// Does not parse, on purpose: test/launcher.test.ts bundles it to see how a build failure reads.
export const broken = ;
