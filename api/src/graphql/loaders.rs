//! Per-request DataLoaders: relations (an application's programme, a voucher's application…)
//! load in one query per batch, always within the caller's scope.
use super::error::ApiError;
use super::organisations::OrganisationLoader;
use crate::store::applications::{self, Application};
use crate::store::entities::{redemption, voucher};
use crate::store::programmes::{self, Programme};
use crate::store::{Store, redemptions, vouchers};
use async_graphql::dataloader::{DataLoader, Loader};
use domain::account::Scope;
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

pub struct ProgrammeLoader {
    store: Store,
    scope: Scope,
}

impl Loader<Uuid> for ProgrammeLoader {
    type Value = Programme;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Programme>, Self::Error> {
        let rows = programmes::find_many(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| Arc::new(ApiError::from(e)))?;
        Ok(rows.into_iter().map(|p| (p.id, p)).collect())
    }
}

pub struct ApplicationLoader {
    store: Store,
    scope: Scope,
}

impl Loader<Uuid> for ApplicationLoader {
    type Value = Application;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Application>, Self::Error> {
        let rows = applications::find_many(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| Arc::new(ApiError::from(e)))?;
        Ok(rows.into_iter().map(|a| (a.row.id, a)).collect())
    }
}

pub struct VoucherLoader {
    store: Store,
    scope: Scope,
}

impl Loader<Uuid> for VoucherLoader {
    type Value = voucher::Model;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, voucher::Model>, Self::Error> {
        let rows = vouchers::find_many(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| Arc::new(ApiError::from(e)))?;
        Ok(rows.into_iter().map(|v| (v.id, v)).collect())
    }
}

/// An application's voucher, by application id (the voucher within the caller's scope).
pub struct VoucherByApplicationLoader {
    store: Store,
    scope: Scope,
}

impl Loader<Uuid> for VoucherByApplicationLoader {
    type Value = voucher::Model;
    type Error = Arc<ApiError>;
    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, voucher::Model>, Self::Error> {
        let rows = vouchers::of_applications(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| Arc::new(ApiError::from(e)))?;
        Ok(rows.into_iter().map(|v| (v.application_id, v)).collect())
    }
}

/// A voucher's redemptions the caller may see, newest first, by voucher id.
pub struct RedemptionsByVoucherLoader {
    store: Store,
    scope: Scope,
}

impl Loader<Uuid> for RedemptionsByVoucherLoader {
    type Value = Vec<redemption::Model>;
    type Error = Arc<ApiError>;
    async fn load(
        &self,
        keys: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<redemption::Model>>, Self::Error> {
        let rows = redemptions::of_vouchers(self.store.db(), &self.scope, keys)
            .await
            .map_err(|e| Arc::new(ApiError::from(e)))?;
        let mut out: HashMap<Uuid, Vec<redemption::Model>> = HashMap::new();
        for r in rows {
            out.entry(r.voucher_id).or_default().push(r);
        }
        Ok(out)
    }
}

/// Adds every loader, scoped to `scope`, to a request's (or a WebSocket connection's) data.
pub fn install(data: &mut async_graphql::Data, store: &Store, scope: Scope) {
    data.insert(DataLoader::new(
        OrganisationLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
    data.insert(DataLoader::new(
        ProgrammeLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
    data.insert(DataLoader::new(
        ApplicationLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
    data.insert(DataLoader::new(
        VoucherLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
    data.insert(DataLoader::new(
        VoucherByApplicationLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
    data.insert(DataLoader::new(
        RedemptionsByVoucherLoader {
            store: store.clone(),
            scope,
        },
        tokio::spawn,
    ));
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
