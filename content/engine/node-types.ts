/** nodeType values as literals: reading `Node.TEXT_NODE` is a global lookup per node (and an Xray hop in Firefox). */
export const ELEMENT = 1;
export const TEXT = 3;
export const FRAGMENT = 11;
