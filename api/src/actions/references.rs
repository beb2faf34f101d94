//! References people quote (`DE-KH-CYBER-2027-A-000123`): find the application, voucher,
//! redemption or payment a reference names, within the caller's scope. A reference that does
//! not exist, or names something out of scope, is `NOT_FOUND`; one that is not shaped like a
//! reference is `VALIDATION` on `reference`.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::applications::{self, Application};
use crate::store::redemptions::{self, Redemption};
use crate::store::vouchers::{self, Voucher};
use domain::reference::{Reference, ReferenceKind};

/// What a reference names.
pub enum Referenced {
    Application(Box<Application>),
    Voucher(Voucher),
    /// A redemption, found by its own reference or its payment's.
    Redemption(Redemption),
}

/// The record a reference names, in the caller's scope.
pub async fn find(ctx: &Ctx, typed: &str) -> ApiResult<Referenced> {
    let p = ctx.authorize(Action::ReferenceFind).await?;
    let (reference, kind) = Reference::parse(typed)?;
    let (db, scope) = (ctx.store().db(), &p.scope);
    let found = match kind {
        ReferenceKind::Application => applications::find_by_reference(db, scope, &reference)
            .await?
            .map(|a| Referenced::Application(Box::new(a))),
        ReferenceKind::Voucher => vouchers::find_by_reference(db, scope, &reference)
            .await?
            .map(Referenced::Voucher),
        ReferenceKind::Redemption | ReferenceKind::Payment => {
            let payment = kind == ReferenceKind::Payment;
            redemptions::find_by_reference(db, scope, &reference, payment)
                .await?
                .map(Referenced::Redemption)
        }
    };
    found.ok_or(ApiError::NotFound)
}
