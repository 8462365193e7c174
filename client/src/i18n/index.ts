import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { errorMessages } from './errorMessages';
import sv from './sv.json';

const LANGUAGE_KEY = 'ks-registry.language';
export const LANGUAGES = ['sv', 'en'] as const;

const stored = localStorage.getItem(LANGUAGE_KEY);

// Registered before init, so that the page's lang attribute follows the stored choice from the first render.
i18n.on('languageChanged', (language) => {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    sv: { translation: { ...sv, errors: errorMessages.sv } },
    en: { translation: { ...en, errors: errorMessages.en } },
  },
  lng: stored === 'en' ? 'en' : 'sv',
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
});

export default i18n;
