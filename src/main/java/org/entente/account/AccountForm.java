package org.entente.account;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The account forms as the browser sends them (login, setup, invitation, password change): what was typed is
 * kept for a form with errors, except passwords, which are never sent back to the browser.
 */
public class AccountForm {

    @RestForm
    public String email;
    @RestForm
    public String name;
    @RestForm
    public String password;
    @RestForm
    public String current;
    @RestForm
    public String next;

    public static AccountForm blank() {
        return new AccountForm();
    }

    public static AccountForm next(String next) {
        AccountForm form = new AccountForm();
        form.next = SafeNext.of(next);
        return form;
    }
}
