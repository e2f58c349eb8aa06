// English given names (Moby Word II lists via npm @stdlib, see names/generate.mjs): a first word
// that is a given name makes a capitalised run a person ("Reggie Wayne"), one that is not leaves
// room for teams and companies ("Indianapolis Colts", "Kraft Foods").
import names from './names/names.json';

export const GIVEN_NAMES: ReadonlySet<string> = new Set(names.firstNames);
