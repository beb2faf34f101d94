//! References people quote: `findByReference` opens the application, voucher, redemption or
//! payment a reference such as `DE-KH-CYBER-2027-A-000123` names.
use super::applications::VoucherApplication;
use super::context::ctx;
use super::redemptions::Redemption;
use super::vouchers::Voucher;
use crate::actions::references::{self, Referenced};
use crate::error::ApiResult;
use async_graphql::{Context, Object, Union};

/// What a reference names.
#[derive(Union)]
pub enum ReferencedRecord {
    VoucherApplication(Box<VoucherApplication>),
    Voucher(Voucher),
    /// A redemption, for its own reference or its payment's.
    Redemption(Redemption),
}

#[derive(Default)]
pub struct ReferenceQuery;

#[Object]
impl ReferenceQuery {
    /// The application (`…-A-…`), voucher (`…-V-…`), redemption (`…-R-…`) or paid redemption
    /// (`…-P-…`) a reference names, in the caller's scope. `NOT_FOUND` when there is none (or
    /// it is out of scope); `VALIDATION` on `reference` when it is not shaped like one.
    async fn find_by_reference(
        &self,
        c: &Context<'_>,
        reference: String,
    ) -> ApiResult<ReferencedRecord> {
        Ok(match references::find(ctx(c)?, &reference).await? {
            Referenced::Application(a) => {
                ReferencedRecord::VoucherApplication(Box::new(VoucherApplication(*a)))
            }
            Referenced::Voucher(v) => ReferencedRecord::Voucher(Voucher(v)),
            Referenced::Redemption(r) => ReferencedRecord::Redemption(Redemption(r)),
        })
    }
}
