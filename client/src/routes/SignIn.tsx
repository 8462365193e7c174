import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProblemMessage } from '../components/ProblemMessage';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { SessionUserRef } from '../auth';

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...SessionUser
      }
    }
  }
`);

export function SignIn({ onSignedIn }: { onSignedIn: (token: string, user: SessionUserRef) => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);
  useEffect(() => {
    document.title = `${t('signIn.submit')} – ${t('app.title')}`;
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data) onSignedIn(result.data.login.token, result.data.login.user);
  };

  return (
    <main className="sign-in">
      <div className="sign-in-lang">
        <LanguageSwitch />
      </div>
      <form className="card" onSubmit={submit}>
        <h1>{t('app.title')}</h1>
        <p>{t('signIn.intro')}</p>
        <label>
          {t('signIn.email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ProblemMessage problem={problem(error)} />
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
