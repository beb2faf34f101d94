//! The alerts in the formats security teams' tools read (issue #12): STIX 2.1 bundles, the
//! TAXII 2.1 collections' objects and the Atom feed. Every export goes through the same
//! visibility as GraphQL (`alerts::view` → `may_see`), so a client sees exactly what TLP lets
//! its bearer token see.
use super::alerts::{self, AlertView};
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use chrono::{DateTime, Utc};
use domain::alert::atom::{FeedAlert, atom_feed};
use domain::alert::filter::{AlertFilter, AlertFilterInput};
use domain::alert::stix::{self, ExportedVersion};
use domain::alert::tlp::{Tlp, Viewer};
use serde_json::Value;
use uuid::Uuid;

fn exported(alert: &AlertView) -> impl Iterator<Item = ExportedVersion<'_>> {
    alert.versions.iter().map(|version| ExportedVersion {
        version,
        revoked_at: alert.revoked_at,
    })
}

async fn visible(ctx: &Ctx) -> ApiResult<Vec<AlertView>> {
    ctx.permit(Action::AlertExport).await?;
    let everything = AlertFilter::parse(&AlertFilterInput::default())?;
    alerts::list(ctx, &everything).await
}

/// `GET /stix/alerts/{id}`: the STIX 2.1 bundle of every version of one alert the caller may
/// see (`NOT_FOUND` otherwise), byte-identical on re-export.
pub async fn stix_alert(ctx: &Ctx, id: Uuid) -> ApiResult<String> {
    ctx.permit(Action::AlertExport).await?;
    let alert = alerts::get(ctx, id).await?;
    let versions: Vec<ExportedVersion<'_>> = exported(&alert).collect();
    if versions.is_empty() {
        return Err(ApiError::NotFound);
    }
    Ok(stix::to_json(&stix::bundle(&versions)))
}

/// When an exported version's objects were last (re-)issued: the revocation re-issues them.
fn changed_at(v: &ExportedVersion<'_>) -> DateTime<Utc> {
    v.revoked_at.unwrap_or(v.version.published_at)
}

/// `GET /stix/bundle?since=…`: the versions the caller may see that were published (or
/// revoked) at or after `since` (all without it), as one bundle.
pub async fn stix_bundle(ctx: &Ctx, since: Option<DateTime<Utc>>) -> ApiResult<String> {
    let alerts = visible(ctx).await?;
    let versions: Vec<ExportedVersion<'_>> = alerts
        .iter()
        .flat_map(exported)
        .filter(|v| since.is_none_or(|s| changed_at(v) >= s))
        .collect();
    Ok(stix::to_json(&stix::bundle(&versions)))
}

/// One STIX object of a TAXII collection, with the time it was added.
#[derive(Debug, Clone)]
pub struct CollectionObject {
    pub date_added: DateTime<Utc>,
    pub object: Value,
}

/// The TLP levels whose collections the caller may read: those it could be shown an alert of
/// (ENISA staff: all; anonymous callers: TLP:CLEAR; any account: CLEAR, GREEN, AMBER,
/// AMBER+STRICT and RED, each holding only the alerts `may_see` lets it see).
pub async fn collections(ctx: &Ctx) -> ApiResult<Vec<Tlp>> {
    ctx.permit(Action::AlertExport).await?;
    Ok(match alerts::viewer(ctx).await? {
        Viewer::Anonymous => vec![Tlp::Clear],
        Viewer::Account(_) => Tlp::ALL.to_vec(),
    })
}

/// The objects of the TLP collection `marking` that the caller may see, oldest first:
/// each visible alert version marked so, as STIX objects (the report and what it refers to).
pub async fn collection_objects(ctx: &Ctx, marking: Tlp) -> ApiResult<Vec<CollectionObject>> {
    if !collections(ctx).await?.contains(&marking) {
        return Err(ApiError::NotFound);
    }
    let alerts = visible(ctx).await?;
    let mut out: Vec<CollectionObject> = alerts
        .iter()
        .flat_map(exported)
        .filter(|v| v.version.content.marking() == marking)
        .flat_map(|v| {
            let date_added = changed_at(&v);
            stix::version_objects(&v)
                .into_iter()
                .map(move |object| CollectionObject { date_added, object })
        })
        .collect();
    out.sort_by(|a, b| {
        (a.date_added, a.object["id"].as_str()).cmp(&(b.date_added, b.object["id"].as_str()))
    });
    Ok(out)
}

/// `GET /alerts.atom`: the TLP:CLEAR alerts, as anyone may read them (the caller's token plays
/// no part: the feed is public).
pub async fn atom(ctx: &Ctx, base_url: &str) -> ApiResult<String> {
    ctx.permit(Action::AlertExport).await?;
    let everything = AlertFilter::parse(&AlertFilterInput::default())?;
    let anonymous = Ctx::new(
        ctx.app.clone(),
        super::Caller::anonymous(ctx.caller.request_id.clone(), ctx.caller.client_ip.clone()),
    );
    let alerts = alerts::list(&anonymous, &everything).await?;
    let feed: Vec<FeedAlert<'_>> = alerts
        .iter()
        .map(|a| FeedAlert {
            status: a.status,
            versions: &a.versions,
            revoked_at: a.revoked_at,
        })
        .collect();
    Ok(atom_feed(base_url, &feed, ctx.now()).to_xml())
}
