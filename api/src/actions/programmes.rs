//! Voucher programmes: open ones are public; an agency designs, edits, opens, closes and
//! archives its member state's.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::page::{Page, PageRequest};
use crate::store::programmes as repo;
use crate::store::tenancy::manages;
use domain::member_state::MemberState;
use domain::programme::{
    self as rules, ProgrammeCode, ProgrammeRules, ProgrammeStatus, RulesInput,
};
use uuid::Uuid;

/// What this capability reads, for the transports.
pub use crate::store::programmes::{Programme, ProgrammeContent, ProgrammeFilter};

/// A programme's content as entered, parsed once the member state is known.
pub struct ProgrammeDraft {
    pub code: String,
    /// `(language, text)` pairs.
    pub names: Vec<(String, String)>,
    pub descriptions: Vec<(String, String)>,
    pub rules: RulesInput,
}

fn content(ms: MemberState, d: ProgrammeDraft) -> ApiResult<ProgrammeContent> {
    Ok(ProgrammeContent {
        code: ProgrammeCode::parse(&d.code)?,
        names: rules::parse_texts("names", &d.names, true, 200)?,
        descriptions: rules::parse_texts("descriptions", &d.descriptions, false, 4000)?,
        rules: ProgrammeRules::parse(ms, d.rules)?,
    })
}

/// Programmes the caller may see: open ones for everyone, all of an agency's member state for
/// its officers, everything for EU-wide staff.
pub async fn list(
    ctx: &Ctx,
    filter: &ProgrammeFilter,
    page: PageRequest,
) -> ApiResult<Page<Programme>> {
    ctx.permit(Action::ProgrammeList).await?;
    Ok(repo::list(ctx.store().db(), &ctx.scope(), filter, page).await?)
}

/// One programme the caller may see (a probe of another state's draft is audited, capped).
pub async fn find(ctx: &Ctx, id: Uuid) -> ApiResult<Option<Programme>> {
    ctx.permit(Action::ProgrammeRead).await?;
    let db = ctx.store().db();
    let found = repo::find(db, &ctx.scope(), id).await?;
    if found.is_none() && repo::get(db, id).await?.is_some() {
        ctx.probe(Action::ProgrammeRead, "VoucherProgram", id)
            .await?;
    }
    Ok(found)
}

/// Programmes by id within the caller's scope (for relations).
pub async fn find_many(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Programme>> {
    Ok(repo::find_many(ctx.store().db(), &ctx.scope(), ids).await?)
}

/// A programme the caller's agency manages, for `action`; otherwise an (audited, when it
/// exists) `NOT_FOUND`.
pub(crate) async fn managed(ctx: &Ctx, action: Action, id: Uuid) -> ApiResult<Programme> {
    let p = ctx.authorize(action).await?;
    let db = ctx.store().db();
    match repo::find(db, &p.scope, id).await? {
        Some(prog) if manages(&p.scope, prog.member_state.code()) => Ok(prog),
        other => {
            let exists = other.is_some() || repo::get(db, id).await?.is_some();
            Err(ctx.not_found(action, "VoucherProgram", id, exists).await)
        }
    }
}

/// Whether the caller may see this programme's funds (its agency, EU-wide staff).
pub fn funds_visible(ctx: &Ctx, p: &Programme) -> bool {
    ctx.may(Action::FundsRead) && manages(&ctx.scope(), p.member_state.code())
}

/// An agency officer creates a `DRAFT` programme for its member state.
pub async fn create(ctx: &Ctx, draft: ProgrammeDraft) -> ApiResult<Programme> {
    let (_, ms) = ctx.authorize_member_state(Action::ProgrammeCreate).await?;
    let content = content(ms, draft)?;
    Ok(repo::create(ctx.store(), &ctx.actor(), ctx.now(), ms, content).await?)
}

/// Replaces a programme's content. A draft takes any change; an open programme only changes
/// that cannot alter decisions already taken; closed and archived programmes keep their rules.
pub async fn update(ctx: &Ctx, id: Uuid, draft: ProgrammeDraft) -> ApiResult<Programme> {
    let prog = managed(ctx, Action::ProgrammeUpdate, id).await?;
    let content = content(prog.member_state, draft)?;
    rules::check_code_change(prog.status, &prog.code, &content.code)?;
    rules::check_edit(prog.status, &prog.rules, &content.rules, ctx.now())?;
    repo::update(ctx.store(), &ctx.actor(), ctx.now(), &prog, content)
        .await?
        .ok_or_else(|| {
            ApiError::transition("the programme changed state meanwhile; reload and retry")
        })
}

/// Opens, closes or archives a programme.
pub async fn transition(ctx: &Ctx, id: Uuid, to: ProgrammeStatus) -> ApiResult<Programme> {
    let prog = managed(ctx, Action::ProgrammeTransition, id).await?;
    let now = ctx.now();
    rules::transition(prog.status, to, &prog.rules, prog.funds.allocated, now)?;
    if to == ProgrammeStatus::Archived {
        let db = ctx.store().db();
        rules::check_archivable(rules::Remains {
            active_vouchers: crate::store::vouchers::active_in(db, prog.id).await?,
            available: prog.money(prog.funds.available()),
            committed: prog.money(prog.funds.committed),
        })?;
    }
    repo::transition(ctx.store(), &ctx.actor(), now, &prog, to)
        .await?
        .ok_or_else(|| ApiError::transition("the programme changed meanwhile; reload and retry"))
}
