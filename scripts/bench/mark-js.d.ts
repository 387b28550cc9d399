declare module 'mark.js/dist/mark.es6.js' {
  interface MarkOptions {
    acrossElements?: boolean;
    separateWordSearch?: boolean;
    diacritics?: boolean;
    done?: (count: number) => void;
  }
  export default class Mark {
    constructor(context: Element);
    mark(keywords: string | string[], options?: MarkOptions): void;
    markRegExp(regexp: RegExp, options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
