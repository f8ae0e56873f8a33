// The direction controls that reorder the text after them: embeddings and overrides (U+202A–U+202E) and isolates
// (U+2066–U+2069). "invoice\u202Efdp.exe" reads "invoiceexe.pdf" (Unicode's bidirectional algorithm, UAX #9; the
// "Trojan Source" attack, CVE-2021-42574). A rendered page isolates every value itself (<bdi>, dir), so these are
// never needed there; the marks U+200E, U+200F and U+061C reorder nothing and stay.
export const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
