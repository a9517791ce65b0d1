/**
 * The top bar's account control: "Sign in" opens a small form that takes a
 * token; signed in, it names the account and its role, with "Sign out". The
 * token field is a password field, emptied as soon as it is sent, and the
 * form never submits to a URL.
 */
import type { ViewerView } from '../api/CurationApi.ts';
import { roleAllows, type SignInOutcome } from '../controller/index.ts';
import { button, clear, h } from './dom.ts';

export interface SignInActions {
  signIn(token: string): Promise<SignInOutcome>;
  signOut(): void;
}

export class SignInControl {
  readonly el: HTMLElement;

  constructor(private readonly actions: SignInActions) {
    this.el = h('div', { class: 'signin', attrs: { role: 'group', 'aria-label': 'Account' } });
    this.show(null);
  }

  show(viewer: ViewerView | null): void {
    // signing in or out replaces the control: keep the keyboard where it was
    const hadFocus = this.el.contains(document.activeElement);
    clear(this.el);
    if (viewer) {
      this.el.append(
        h(
          'span',
          { class: 'signed-in', attrs: { 'data-testid': 'viewer', title: `A ${viewer.role} may ${roleAllows(viewer.role)}.` } },
          'Signed in as ',
          h('strong', { text: viewer.name }),
          h('span', { class: 'role-chip', text: viewer.role }),
        ),
        button('Sign out', () => this.actions.signOut(), { attrs: { 'data-action': 'sign-out' } }),
      );
      if (hadFocus) this.el.querySelector('button')?.focus();
      return;
    }
    const input = h('input', { class: 'signin-input', attrs: { id: 'signin-token', type: 'password', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'signin-help signin-error' } });
    const error = h('p', { class: 'signin-error', attrs: { id: 'signin-error', 'aria-live': 'assertive' } });
    const submit = h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-action': 'sign-in-submit' }, text: 'Sign in' });
    const form = h(
      'form',
      { class: 'menu-items signin-form', attrs: { 'aria-label': 'Sign in with a token' } },
      h('label', { class: 'field-label', attrs: { for: 'signin-token' }, text: 'Access token' }),
      input,
      h('p', { class: 'muted small', attrs: { id: 'signin-help' }, text: 'Kept in this tab only, until you sign out or close it.' }),
      submit,
      error,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const token = input.value;
      input.value = '';
      submit.disabled = true;
      error.textContent = '';
      void this.actions.signIn(token).then((outcome) => {
        submit.disabled = false;
        if (!outcome.ok) {
          error.textContent = outcome.message;
          input.focus();
        }
      });
    });
    const menu = h('details', { class: 'menu signin-menu' }, h('summary', { class: 'btn', attrs: { 'data-action': 'sign-in' }, text: 'Sign in' }), form);
    menu.addEventListener('toggle', () => {
      if (menu.open) input.focus();
    });
    this.el.append(menu);
    if (hadFocus) menu.querySelector('summary')?.focus();
  }
}
