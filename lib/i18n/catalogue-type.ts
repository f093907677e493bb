/** The shape of a catalogue: the same keys as the reference, any strings as values. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
