/** Every user-facing string exists in English and Korean. */
export interface Localized {
  readonly en: string;
  readonly ko: string;
}

export type Language = 'en' | 'ko';

/** LSP/VS Code locales look like "ko", "ko-KR", "en-US"; anything not Korean falls back to English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale !== undefined && /^ko([-_.@]|$)/i.test(locale) ? 'ko' : 'en';
}

export function pick(text: Localized, language: Language): string {
  return text[language];
}

/** A sentence fragment made to start a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function localized(en: string, ko: string): Localized {
  return { en, ko };
}
