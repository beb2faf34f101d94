//! The organisation's profile (issue #17): one row per organisation (`organisation_profile`),
//! written on its first save. An organisation without a row has an empty profile.
use super::audit::Actor;
use super::ledger::stmt;
use super::write::Audit;
use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::account::Email;
use domain::audit::member_state_chain;
use domain::member_state::MemberState;
use domain::profile::{ContactPerson, PostalAddress};
use sea_orm::{ConnectionTrait, DatabaseConnection, QueryResult};
use uuid::Uuid;

/// An organisation's profile as the domain sees it.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    pub organisation_id: Uuid,
    /// The SME input as entered (the SME step's shape), when the clinic has saved one.
    pub sme_input: Option<serde_json::Value>,
    /// When the clinic last saved (confirmed) its SME data.
    pub sme_confirmed_at: Option<DateTime<Utc>>,
    pub contact: ContactPerson,
    pub address: PostalAddress,
    /// `None`: never saved.
    pub updated_at: Option<DateTime<Utc>>,
}

/// A save of the profile: the contact and address replace the old ones; SME input, when given,
/// replaces the old one and is confirmed now.
#[derive(Debug, Clone)]
pub struct ProfileChange {
    pub sme_input: Option<serde_json::Value>,
    pub contact: ContactPerson,
    pub address: PostalAddress,
}

const COLUMNS: &str = "organisation_id, sme_input, sme_confirmed_at, contact_name, contact_email, \
     contact_phone, address_street, address_postal_code, address_city, updated_at";

fn from_row(r: &QueryResult) -> Result<Profile, StoreError> {
    let organisation_id: Uuid = r.try_get("", "organisation_id")?;
    let corrupt =
        |what: &str| StoreError::Corrupt(format!("profile {organisation_id}: bad {what}"));
    let sme_input = match r.try_get::<Option<String>>("", "sme_input")? {
        None => None,
        Some(s) => Some(serde_json::from_str(&s).map_err(|_| corrupt("sme input"))?),
    };
    let email = match r.try_get::<Option<String>>("", "contact_email")? {
        None => None,
        Some(e) => Some(Email::parse(&e).map_err(|_| corrupt("e-mail"))?),
    };
    Ok(Profile {
        organisation_id,
        sme_input,
        sme_confirmed_at: r.try_get("", "sme_confirmed_at")?,
        contact: ContactPerson {
            name: r.try_get("", "contact_name")?,
            email,
            phone: r.try_get("", "contact_phone")?,
        },
        address: PostalAddress {
            street: r.try_get("", "address_street")?,
            postal_code: r.try_get("", "address_postal_code")?,
            city: r.try_get("", "address_city")?,
        },
        updated_at: Some(r.try_get("", "updated_at")?),
    })
}

async fn read<C: ConnectionTrait>(db: &C, organisation_id: Uuid) -> Result<Profile, StoreError> {
    let row = db
        .query_one_raw(stmt(
            db.get_database_backend(),
            &format!("SELECT {COLUMNS} FROM organisation_profile WHERE organisation_id = $1"),
            vec![organisation_id.into()],
        ))
        .await?;
    match row {
        Some(r) => from_row(&r),
        None => Ok(Profile {
            organisation_id,
            ..Profile::default()
        }),
    }
}

/// The profile of an organisation the caller was already found to see (empty when never saved).
pub async fn get(db: &DatabaseConnection, organisation_id: Uuid) -> Result<Profile, StoreError> {
    read(db, organisation_id).await
}

/// Saves the profile and its audit row in one transaction (the first save creates the row).
/// The audit row names the parts saved, never their contents.
pub async fn save(
    store: &Store,
    actor: &Actor,
    now: DateTime<Utc>,
    (organisation_id, member_state): (Uuid, MemberState),
    change: &ProfileChange,
) -> Result<Profile, StoreError> {
    let tx = store.tx(actor, now).await?;
    let backend = tx.get_database_backend();
    tx.execute_raw(stmt(
        backend,
        "INSERT INTO organisation_profile (organisation_id, updated_at) VALUES ($1, $2) \
         ON CONFLICT (organisation_id) DO NOTHING",
        vec![organisation_id.into(), now.into()],
    ))
    .await?;
    let c = &change.contact;
    let a = &change.address;
    tx.execute_raw(stmt(
        backend,
        "UPDATE organisation_profile SET contact_name = $2, contact_email = $3, \
         contact_phone = $4, address_street = $5, address_postal_code = $6, address_city = $7, \
         updated_at = $8 WHERE organisation_id = $1",
        vec![
            organisation_id.into(),
            c.name.clone().into(),
            c.email.as_ref().map(|e| e.as_str().to_owned()).into(),
            c.phone.clone().into(),
            a.street.clone().into(),
            a.postal_code.clone().into(),
            a.city.clone().into(),
            now.into(),
        ],
    ))
    .await?;
    if let Some(sme) = &change.sme_input {
        let text = serde_json::to_string(sme).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute_raw(stmt(
            backend,
            "UPDATE organisation_profile SET sme_input = $2, sme_confirmed_at = $3 \
             WHERE organisation_id = $1",
            vec![organisation_id.into(), text.into(), now.into()],
        ))
        .await?;
    }
    tx.audit(
        Audit::new(
            member_state_chain(member_state),
            "organisation.profile_update",
            "Organisation",
            organisation_id,
        )
        .detail(serde_json::json!({ "smeConfirmed": change.sme_input.is_some() })),
    )
    .await?;
    let saved = read(&*tx, organisation_id).await?;
    tx.commit().await?;
    Ok(saved)
}
