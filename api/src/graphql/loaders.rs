//! Per-request DataLoaders: relations (an application's programme, a voucher's redemptions…)
//! load in one query per batch, through the actions' scoped batch reads, so a relation out of
//! the caller's scope is `null`.
use crate::actions::accounts::Account;
use crate::actions::applications::Application;
use crate::actions::attachments::{Attachment, ParentId};
use crate::actions::organisations::Organisation;
use crate::actions::programmes::Programme;
use crate::actions::redemptions::Redemption;
use crate::actions::vouchers::Voucher;
use crate::actions::{self, Ctx};
use crate::error::ApiError;
use async_graphql::dataloader::{DataLoader, Loader};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

type Loaded<V> = Result<HashMap<Uuid, V>, Arc<ApiError>>;

fn by<V>(rows: Result<Vec<V>, ApiError>, key: impl Fn(&V) -> Uuid) -> Loaded<V> {
    Ok(rows
        .map_err(Arc::new)?
        .into_iter()
        .map(|v| (key(&v), v))
        .collect())
}

macro_rules! loader {
    ($(#[$doc:meta])* $name:ident, $value:ty, $read:path, $key:expr) => {
        $(#[$doc])*
        pub struct $name(Ctx);

        impl Loader<Uuid> for $name {
            type Value = $value;
            type Error = Arc<ApiError>;
            async fn load(&self, keys: &[Uuid]) -> Loaded<$value> {
                by($read(&self.0, keys).await, $key)
            }
        }
    };
}

loader!(
    /// Organisations by id.
    OrganisationLoader, Organisation, actions::organisations::find_many, |o: &Organisation| o.id
);
loader!(
    /// The officers named on applications and payments, by id, whom the caller may name.
    AccountLoader, Account, actions::accounts::officers, |a: &Account| a.id
);
loader!(
    /// Programmes by id.
    ProgrammeLoader, Programme, actions::programmes::find_many, |p: &Programme| p.id
);
loader!(
    /// Applications by id.
    ApplicationLoader, Application, actions::applications::find_many, |a: &Application| a.id
);
loader!(
    /// Vouchers by id.
    VoucherLoader, Voucher, actions::vouchers::find_many, |v: &Voucher| v.id
);
loader!(
    /// An application's voucher, by application id.
    VoucherByApplicationLoader, Voucher, actions::vouchers::of_applications,
    |v: &Voucher| v.application_id
);

/// A voucher's redemptions the caller may see, newest first, by voucher id.
pub struct RedemptionsByVoucherLoader(Ctx);

impl Loader<Uuid> for RedemptionsByVoucherLoader {
    type Value = Vec<Redemption>;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Loaded<Vec<Redemption>> {
        let rows = actions::redemptions::of_vouchers(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut out: HashMap<Uuid, Vec<Redemption>> = HashMap::new();
        for r in rows {
            out.entry(r.voucher_id).or_default().push(r);
        }
        Ok(out)
    }
}

/// The attachments the caller may see, oldest first, by application id.
pub struct AttachmentsByApplicationLoader(Ctx);

impl Loader<Uuid> for AttachmentsByApplicationLoader {
    type Value = Vec<Attachment>;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Loaded<Vec<Attachment>> {
        let rows = actions::attachments::of_applications(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(by_parent(rows))
    }
}

/// The attachments the caller may see, oldest first, by redemption id.
pub struct AttachmentsByRedemptionLoader(Ctx);

impl Loader<Uuid> for AttachmentsByRedemptionLoader {
    type Value = Vec<Attachment>;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Loaded<Vec<Attachment>> {
        let rows = actions::attachments::of_redemptions(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        Ok(by_parent(rows))
    }
}

fn by_parent(rows: Vec<Attachment>) -> HashMap<Uuid, Vec<Attachment>> {
    let mut out: HashMap<Uuid, Vec<Attachment>> = HashMap::new();
    for a in rows {
        let (ParentId::Application(parent) | ParentId::Redemption(parent)) = a.parent;
        out.entry(parent).or_default().push(a);
    }
    out
}

/// An application's internal notes, oldest first, by application id (empty for a caller who
/// may not read notes).
pub struct NotesByApplicationLoader(Ctx);

impl Loader<Uuid> for NotesByApplicationLoader {
    type Value = Vec<actions::application_notes::Note>;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Loaded<Vec<actions::application_notes::Note>> {
        let rows = actions::application_notes::of_applications(&self.0, keys)
            .await
            .map_err(Arc::new)?;
        let mut out: HashMap<Uuid, Vec<actions::application_notes::Note>> = HashMap::new();
        for n in rows {
            out.entry(n.application_id).or_default().push(n);
        }
        Ok(out)
    }
}

/// The first page of a programme's ledger, by (programme id, page size): one read for every
/// programme of a page (`VoucherProgram.ledger` without `after`).
pub struct LedgerFirstPageLoader(Ctx);

impl Loader<(Uuid, u64)> for LedgerFirstPageLoader {
    type Value = actions::Page<actions::funds::LedgerEntry>;
    type Error = Arc<ApiError>;
    async fn load(
        &self,
        keys: &[(Uuid, u64)],
    ) -> Result<HashMap<(Uuid, u64), Self::Value>, Self::Error> {
        actions::funds::first_ledger_pages(&self.0, keys)
            .await
            .map_err(Arc::new)
    }
}

/// The first page of a programme's applications the caller may see, by (programme id, page
/// size, whether the SME columns are asked for): one read for every programme of a page
/// (`VoucherProgram.applications` without `after`).
pub struct ApplicationsFirstPageLoader(Ctx);

impl Loader<(Uuid, u64, bool)> for ApplicationsFirstPageLoader {
    type Value = actions::Page<Application>;
    type Error = Arc<ApiError>;
    async fn load(
        &self,
        keys: &[(Uuid, u64, bool)],
    ) -> Result<HashMap<(Uuid, u64, bool), Self::Value>, Self::Error> {
        let mut out = HashMap::new();
        for sme in [false, true] {
            let of: Vec<(Uuid, u64)> = keys
                .iter()
                .filter(|k| k.2 == sme)
                .map(|k| (k.0, k.1))
                .collect();
            let pages = actions::applications::first_pages(&self.0, &of, sme)
                .await
                .map_err(Arc::new)?;
            out.extend(pages.into_iter().map(|((id, n), p)| ((id, n, sme), p)));
        }
        Ok(out)
    }
}

/// How long a loader waits to collect the keys of one batch. async-graphql's default of 1 ms
/// added a millisecond to every relation (issue #15). Sibling fields register their keys in
/// one poll of the request's task, but on the multi-threaded runtime the loading task can run
/// on the other worker before that poll ends: measured with 6 applications × 3 relations on
/// 2 workers, 0 and 100 µs split a batch in 5 of 6 and 4 of 6 runs, 250 µs in none of 6
/// (`docs/benchmarks.md`).
const BATCH_DELAY: std::time::Duration = std::time::Duration::from_micros(250);

fn batched<L: Send + Sync + 'static>(loader: L) -> DataLoader<L> {
    DataLoader::new(loader, tokio::spawn).delay(BATCH_DELAY)
}

/// Adds the action context and every loader to a request's (or a WebSocket connection's)
/// data.
pub fn install(data: &mut async_graphql::Data, ctx: Ctx) {
    data.insert(batched(AccountLoader(ctx.clone())));
    data.insert(batched(OrganisationLoader(ctx.clone())));
    data.insert(batched(ProgrammeLoader(ctx.clone())));
    data.insert(batched(ApplicationLoader(ctx.clone())));
    data.insert(batched(VoucherLoader(ctx.clone())));
    data.insert(batched(VoucherByApplicationLoader(ctx.clone())));
    data.insert(batched(RedemptionsByVoucherLoader(ctx.clone())));
    data.insert(batched(AttachmentsByApplicationLoader(ctx.clone())));
    data.insert(batched(AttachmentsByRedemptionLoader(ctx.clone())));
    data.insert(batched(NotesByApplicationLoader(ctx.clone())));
    data.insert(batched(LedgerFirstPageLoader(ctx.clone())));
    data.insert(batched(ApplicationsFirstPageLoader(ctx.clone())));
    data.insert(ctx);
}

/// Loads one value through the request's loader of type `L`.
pub async fn load<L>(
    ctx: &async_graphql::Context<'_>,
    id: Uuid,
) -> Result<Option<L::Value>, ApiError>
where
    L: Loader<Uuid, Error = Arc<ApiError>>,
{
    let loader = ctx.data::<DataLoader<L>>()?;
    loader.load_one(id).await.map_err(|e| (*e).clone())
}
