import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { errorMessages } from './errorMessages';
import sv from './sv.json';

const LANGUAGE_KEY = 'ks-registry.language';
export const LANGUAGES = ['sv', 'en'] as const;

/**
 * A capability may keep its texts in features/<name>.sv.json and features/<name>.en.json beside the two main files,
 * each under top-level keys of its own, so that work on two capabilities does not edit the same file.
 */
const featureTexts = import.meta.glob<Record<string, unknown>>('./features/*.json', { eager: true, import: 'default' });
const textsOf = (language: 'sv' | 'en') =>
  Object.entries(featureTexts)
    .filter(([path]) => path.endsWith(`.${language}.json`))
    .reduce((all, [, texts]) => ({ ...all, ...texts }), {});

const stored = localStorage.getItem(LANGUAGE_KEY);

// Registered before init, so that the page's lang attribute follows the stored choice from the first render.
i18n.on('languageChanged', (language) => {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    sv: { translation: { ...sv, ...textsOf('sv'), errors: errorMessages.sv } },
    en: { translation: { ...en, ...textsOf('en'), errors: errorMessages.en } },
  },
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});

export default i18n;
