//! The demo agencies' helpdesks (the contact page lists them).
use super::{SeedError, p};
use crate::store::Store;
use crate::store::audit::Actor;
use crate::store::organisations::Organisation;
use chrono::{DateTime, Utc};

/// The demo agencies' helpdesks (e-mail, telephone, web address): Germany, then France.
pub const DEMO_HELPDESKS: [(&str, &str, &str); 2] = [
    (
        "helpdesk@cyberhealth-de.example",
        "+49 30 5550 1000",
        "https://cyberhealth-de.example/helpdesk",
    ),
    (
        "assistance@cybersante-fr.example",
        "+33 1 55 50 20 00",
        "https://cybersante-fr.example/assistance",
    ),
];

pub(super) async fn seed(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    agencies: [&Organisation; 2],
) -> Result<(), SeedError> {
    for (agency, (email, phone, url)) in agencies.into_iter().zip(DEMO_HELPDESKS) {
        let contact = p(domain::directory::HelpdeskContact::parse(
            Some(email),
            Some(phone),
            Some(url),
        ))?;
        crate::store::directory::set_helpdesk(store, actor, now, agency, &contact).await?;
    }
    Ok(())
}
