//! An agency's internal notes on an application (issue #17). Officers of the application's
//! member state add them; they and the platform admin read them. Anyone else reads an empty
//! list (never `FORBIDDEN`): a clinic cannot tell whether notes exist.
use super::{Action, Ctx};
use crate::error::{ApiError, ApiResult};
use crate::store::accounts;
use crate::store::application_notes as repo;
use crate::store::applications;
use domain::profile::NoteText;
use uuid::Uuid;

pub use crate::store::application_notes::Note;

/// An officer of the application's member state adds a note; audited (its length, never its
/// text). An application out of scope is `NOT_FOUND`.
pub async fn add(ctx: &Ctx, application_id: Uuid, text: &str) -> ApiResult<Note> {
    let action = Action::ApplicationNoteAdd;
    let (p, _) = ctx.authorize_member_state(action).await?;
    let text = NoteText::parse(text)?;
    let db = ctx.store().db();
    let Some(app) = applications::find(db, &p.scope, application_id).await? else {
        let elsewhere = applications::exists(db, application_id).await?;
        return Err(ctx
            .not_found(action, "VoucherApplication", application_id, elsewhere)
            .await);
    };
    let author = accounts::find_many(db, &p.scope, &[p.user_id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::internal("the officer's account is missing"))?;
    Ok(repo::add(
        ctx.store(),
        &ctx.actor(),
        ctx.now(),
        (app.id, app.member_state),
        (author.id, &author.display_name),
        &text,
    )
    .await?)
}

/// The notes of applications the caller already sees (for the field; one statement for all of
/// them). Empty for a caller whose role may not read notes.
pub async fn of_applications(ctx: &Ctx, ids: &[Uuid]) -> ApiResult<Vec<Note>> {
    if !ctx.may(Action::ApplicationNoteRead) {
        return Ok(Vec::new());
    }
    Ok(repo::of_applications(ctx.store().db(), ids).await?)
}
