package com.samiatarot.identity.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.identity.config.MailConfig;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * The mails carrying one-time tokens. Sent after the token's transaction commits and not awaited: the
 * HTTP answer must not depend on the SMTP server's speed (that would also leak, through timing, whether
 * a reset request matched an account). Failures are logged without the address or the token.
 */
@ApplicationScoped
public class AccountMails {

    private static final Logger LOG = Logger.getLogger(AccountMails.class);

    private final ReactiveMailer mailer;
    private final MailConfig config;

    public AccountMails(ReactiveMailer mailer, MailConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    public void sendVerification(String to, String token) {
        send(Mail.withText(to, "Confirm your SAMIA TAROT email address",
                "Welcome to SAMIA TAROT.\n\nConfirm your email address by opening this link:\n"
                        + config.linkBaseUrl() + "/verify-email?token=" + token
                        + "\n\nVerification token: " + token
                        + "\n\nThe link expires in " + config.verificationTtl().toHours() + " hours."), "verification");
    }

    public void sendPasswordReset(String to, String token) {
        send(Mail.withText(to, "Reset your SAMIA TAROT password",
                "Someone asked to reset the password of this account. If it was you, open this link:\n"
                        + config.linkBaseUrl() + "/reset-password?token=" + token
                        + "\n\nReset token: " + token
                        + "\n\nThe link expires in " + config.resetTtl().toMinutes() + " minutes."
                        + " If it was not you, ignore this mail: your password is unchanged."), "password reset");
    }

    private void send(Mail mail, String kind) {
        mailer.send(mail).subscribe().with(
                ok -> LOG.debugf("%s mail handed to the mail server", kind),
                failure -> LOG.warnf("%s mail not sent: %s", kind, failure.getClass().getSimpleName()));
    }
}
