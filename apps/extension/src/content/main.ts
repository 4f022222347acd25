/** Content script entry. */
export {};
