//! E-mail as the platform writes it (issue #17): the languages its e-mails are written in, the
//! messages themselves (subject and plain-text body, from the kind, the language and the
//! facts), the retry schedule of the outbox, and the life of a password-reset token.
//! Pure: the store keeps the outbox, the API's mail job sends it.
use crate::member_state::ParseError;
use chrono::{DateTime, Duration, Utc};

/// The languages e-mails are written in; an account chooses one (English by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailLanguage {
    En,
    De,
    Fr,
}

impl MailLanguage {
    pub const ALL: [MailLanguage; 3] = [MailLanguage::En, MailLanguage::De, MailLanguage::Fr];

    pub fn parse(code: &str) -> Result<Self, ParseError> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Self::En),
            "de" => Ok(Self::De),
            "fr" => Ok(Self::Fr),
            other => Err(ParseError::new(
                "language",
                format!("`{other}` is not a language e-mails are written in (en, de, fr)"),
            )),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
        }
    }

    /// A stored code, English when unknown (an e-mail is never lost for its language).
    pub fn or_english(code: &str) -> Self {
        Self::parse(code).unwrap_or(Self::En)
    }
}

/// Why an e-mail is written, with the facts it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mail {
    /// A clinic submitted an application: to the organisation's users, and to the officers of
    /// its agency, who have a new application to review.
    ApplicationSubmitted { reference: String },
    /// The agency decided an application.
    ApplicationDecided { reference: String, approved: bool },
    /// The agency approved a payment of a redemption of the organisation's voucher.
    PaymentApproved { reference: String, amount: String },
    /// A voucher expires in 30 days or less.
    VoucherExpiring {
        reference: String,
        expires_on: String,
    },
    /// A registration was received; the agency verifies it next.
    RegistrationReceived { organisation: String },
    /// Someone tried to register with an address that already has an account.
    RegistrationWithExistingAddress,
    /// A password-reset link (valid [`RESET_TOKEN_MINUTES`] minutes, single use).
    PasswordReset { link: String },
}

impl Mail {
    /// The kind as the outbox stores it.
    pub fn kind(&self) -> &'static str {
        match self {
            Mail::ApplicationSubmitted { .. } => "APPLICATION_SUBMITTED",
            Mail::ApplicationDecided { .. } => "APPLICATION_DECIDED",
            Mail::PaymentApproved { .. } => "PAYMENT_APPROVED",
            Mail::VoucherExpiring { .. } => "VOUCHER_EXPIRING",
            Mail::RegistrationReceived { .. } => "REGISTRATION_RECEIVED",
            Mail::RegistrationWithExistingAddress => "REGISTRATION_EXISTING_ADDRESS",
            Mail::PasswordReset { .. } => "PASSWORD_RESET",
        }
    }

    /// The subject and plain-text body in `lang`.
    pub fn render(&self, lang: MailLanguage) -> (String, String) {
        use MailLanguage::{De, En, Fr};
        let (subject, body) = match (self, lang) {
            (Mail::ApplicationSubmitted { reference }, En) => (
                format!("Application {reference} submitted"),
                format!("The voucher application {reference} was submitted. The agency reviews it next; you will be told of its decision."),
            ),
            (Mail::ApplicationSubmitted { reference }, De) => (
                format!("Antrag {reference} eingereicht"),
                format!("Der Gutscheinantrag {reference} wurde eingereicht. Die Agentur prüft ihn als Nächstes; Sie erhalten ihre Entscheidung."),
            ),
            (Mail::ApplicationSubmitted { reference }, Fr) => (
                format!("Demande {reference} déposée"),
                format!("La demande de chèque {reference} a été déposée. L'agence l'examine ensuite ; sa décision vous sera communiquée."),
            ),
            (Mail::ApplicationDecided { reference, approved }, En) => (
                format!("Application {reference} {}", if *approved { "approved" } else { "rejected" }),
                if *approved {
                    format!("The voucher application {reference} was approved. The voucher is shown in your workspace.")
                } else {
                    format!("The voucher application {reference} was rejected. The reason is shown in your workspace.")
                },
            ),
            (Mail::ApplicationDecided { reference, approved }, De) => (
                format!("Antrag {reference} {}", if *approved { "bewilligt" } else { "abgelehnt" }),
                if *approved {
                    format!("Der Gutscheinantrag {reference} wurde bewilligt. Der Gutschein steht in Ihrem Arbeitsbereich.")
                } else {
                    format!("Der Gutscheinantrag {reference} wurde abgelehnt. Die Begründung steht in Ihrem Arbeitsbereich.")
                },
            ),
            (Mail::ApplicationDecided { reference, approved }, Fr) => (
                format!("Demande {reference} {}", if *approved { "approuvée" } else { "rejetée" }),
                if *approved {
                    format!("La demande de chèque {reference} a été approuvée. Le chèque figure dans votre espace.")
                } else {
                    format!("La demande de chèque {reference} a été rejetée. Le motif figure dans votre espace.")
                },
            ),
            (Mail::PaymentApproved { reference, amount }, En) => (
                format!("Payment approved for {reference}"),
                format!("A payment of {amount} for {reference} was approved and will be paid out."),
            ),
            (Mail::PaymentApproved { reference, amount }, De) => (
                format!("Zahlung für {reference} freigegeben"),
                format!("Eine Zahlung von {amount} für {reference} wurde freigegeben und wird ausgezahlt."),
            ),
            (Mail::PaymentApproved { reference, amount }, Fr) => (
                format!("Paiement approuvé pour {reference}"),
                format!("Un paiement de {amount} pour {reference} a été approuvé et sera versé."),
            ),
            (Mail::VoucherExpiring { reference, expires_on }, En) => (
                format!("Voucher {reference} expires on {expires_on}"),
                format!("The voucher {reference} expires on {expires_on}. Unspent funds are released on that day."),
            ),
            (Mail::VoucherExpiring { reference, expires_on }, De) => (
                format!("Gutschein {reference} läuft am {expires_on} ab"),
                format!("Der Gutschein {reference} läuft am {expires_on} ab. Nicht verbrauchte Mittel werden an diesem Tag freigegeben."),
            ),
            (Mail::VoucherExpiring { reference, expires_on }, Fr) => (
                format!("Le chèque {reference} expire le {expires_on}"),
                format!("Le chèque {reference} expire le {expires_on}. Les fonds non utilisés seront libérés ce jour-là."),
            ),
            (Mail::RegistrationReceived { organisation }, En) => (
                "Your registration was received".to_owned(),
                format!("We received the registration of {organisation}. Your national agency verifies it next; you can sign in and follow it in your workspace."),
            ),
            (Mail::RegistrationReceived { organisation }, De) => (
                "Ihre Registrierung ist eingegangen".to_owned(),
                format!("Die Registrierung von {organisation} ist eingegangen. Ihre nationale Agentur prüft sie als Nächstes; Sie können sich anmelden und sie in Ihrem Arbeitsbereich verfolgen."),
            ),
            (Mail::RegistrationReceived { organisation }, Fr) => (
                "Votre inscription a été reçue".to_owned(),
                format!("Nous avons reçu l'inscription de {organisation}. Votre agence nationale la vérifie ensuite ; vous pouvez vous connecter et la suivre dans votre espace."),
            ),
            (Mail::RegistrationWithExistingAddress, En) => (
                "Someone tried to register with your address".to_owned(),
                "Someone tried to register a new organisation with this e-mail address, which already has an account. If it was you, sign in instead, or reset your password. If it was not you, you need not do anything.".to_owned(),
            ),
            (Mail::RegistrationWithExistingAddress, De) => (
                "Jemand wollte sich mit Ihrer Adresse registrieren".to_owned(),
                "Jemand wollte mit dieser E-Mail-Adresse, für die bereits ein Konto besteht, eine neue Organisation registrieren. Wenn Sie es waren, melden Sie sich an oder setzen Sie Ihr Passwort zurück. Andernfalls müssen Sie nichts tun.".to_owned(),
            ),
            (Mail::RegistrationWithExistingAddress, Fr) => (
                "Quelqu'un a tenté de s'inscrire avec votre adresse".to_owned(),
                "Quelqu'un a tenté d'inscrire une nouvelle organisation avec cette adresse e-mail, qui a déjà un compte. Si c'était vous, connectez-vous ou réinitialisez votre mot de passe. Sinon, vous n'avez rien à faire.".to_owned(),
            ),
            (Mail::PasswordReset { link }, En) => (
                "Reset your password".to_owned(),
                format!("To choose a new password, open this link within {RESET_TOKEN_MINUTES} minutes. It works once.\n\n{link}\n\nIf you did not ask for it, ignore this e-mail; your password stays as it is."),
            ),
            (Mail::PasswordReset { link }, De) => (
                "Passwort zurücksetzen".to_owned(),
                format!("Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von {RESET_TOKEN_MINUTES} Minuten. Er funktioniert einmal.\n\n{link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert."),
            ),
            (Mail::PasswordReset { link }, Fr) => (
                "Réinitialiser votre mot de passe".to_owned(),
                format!("Pour choisir un nouveau mot de passe, ouvrez ce lien dans les {RESET_TOKEN_MINUTES} minutes. Il ne fonctionne qu'une fois.\n\n{link}\n\nSi vous ne l'avez pas demandé, ignorez cet e-mail ; votre mot de passe reste inchangé."),
            ),
        };
        (format!("CyberHealth: {subject}"), body)
    }
}

/// Attempts after which an e-mail is given up (kept as `FAILED`, shown to the admin).
pub const MAX_ATTEMPTS: i64 = 12;

/// When the next attempt after `attempts` failed ones is due: exponential backoff from 30 s,
/// doubling, at most an hour.
pub fn next_attempt(attempts: i64, now: DateTime<Utc>) -> DateTime<Utc> {
    let exp = u32::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    let seconds = (30_i64 * 2_i64.pow(exp)).min(3600);
    now + Duration::seconds(seconds)
}

/// Days before a voucher's expiry that its organisation is warned (once).
pub const EXPIRY_WARNING_DAYS: i64 = 30;

/// Vouchers expiring at or before this instant (and after `now`) are due for their warning.
pub fn expiry_warning_horizon(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(EXPIRY_WARNING_DAYS)
}

/// How long a password-reset link works.
pub const RESET_TOKEN_MINUTES: i64 = 30;

/// Why a password-reset token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ResetError {
    #[error("this password-reset link was already used")]
    Used,
    #[error("this password-reset link has expired; ask for a new one")]
    Expired,
}

/// A stored reset token's verdict at `now`.
pub fn check_reset(
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), ResetError> {
    if used_at.is_some() {
        return Err(ResetError::Used);
    }
    if now >= expires_at {
        return Err(ResetError::Expired);
    }
    Ok(())
}

/// When a reset token issued at `now` expires.
pub fn reset_expiry(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::minutes(RESET_TOKEN_MINUTES)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn every_mail_is_written_in_each_language_with_its_reference() {
        let mails = [
            Mail::ApplicationSubmitted {
                reference: "DE-KH-1".into(),
            },
            Mail::ApplicationDecided {
                reference: "DE-KH-1".into(),
                approved: true,
            },
            Mail::ApplicationDecided {
                reference: "DE-KH-1".into(),
                approved: false,
            },
            Mail::PaymentApproved {
                reference: "DE-KH-1".into(),
                amount: "EUR 10.00".into(),
            },
            Mail::VoucherExpiring {
                reference: "DE-KH-1".into(),
                expires_on: "2027-01-01".into(),
            },
        ];
        for m in mails {
            let texts: Vec<_> = MailLanguage::ALL.iter().map(|l| m.render(*l)).collect();
            for (s, b) in &texts {
                assert!(s.contains("DE-KH-1") && b.contains("DE-KH-1"), "{s}");
            }
            assert_ne!(texts[0], texts[1]);
            assert_ne!(texts[1], texts[2]);
        }
    }

    #[test]
    fn a_language_parses_only_en_de_and_fr() {
        assert_eq!(MailLanguage::parse("DE").unwrap(), MailLanguage::De);
        assert!(MailLanguage::parse("it").is_err());
        assert_eq!(MailLanguage::or_english("xx"), MailLanguage::En);
    }

    #[test]
    fn retries_back_off_exponentially_up_to_an_hour() {
        let now = t("2027-01-01T00:00:00Z");
        assert_eq!(next_attempt(1, now), now + Duration::seconds(30));
        assert_eq!(next_attempt(2, now), now + Duration::seconds(60));
        assert_eq!(next_attempt(3, now), now + Duration::seconds(120));
        assert_eq!(next_attempt(20, now), now + Duration::seconds(3600));
    }

    #[test]
    fn a_voucher_is_warned_thirty_days_before_it_expires() {
        let now = t("2027-01-01T00:00:00Z");
        assert_eq!(expiry_warning_horizon(now), t("2027-01-31T00:00:00Z"));
    }

    #[test]
    fn a_reset_token_works_once_within_thirty_minutes() {
        let now = t("2027-01-01T00:00:00Z");
        let exp = reset_expiry(now);
        assert_eq!(check_reset(exp, None, now + Duration::minutes(29)), Ok(()));
        assert_eq!(check_reset(exp, None, exp), Err(ResetError::Expired));
        assert_eq!(check_reset(exp, Some(now), now), Err(ResetError::Used));
    }
}
