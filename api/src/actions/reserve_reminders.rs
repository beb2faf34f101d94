//! The Reserve's summary-report reminders (Regulation (EU) 2025/38, Art. 16; `docs/reserve.md`):
//! once six hours before a delivered request's summary report is due and once when it is
//! overdue, the requesting organisation gets an in-app notification. The domain says which
//! reminder is owed ([`domain::reserve::SummaryReportClock::reminder`]); the store sends each
//! exactly once, even from several processes on one database.
use super::Ctx;
use super::reserve::summary_clock;
use crate::error::ApiResult;
use crate::store::reserve as repo;
use crate::store::reserve_reminders as reminders;
use domain::account::Scope;
use domain::calendar::ReminderKind;
use domain::notification::NotificationKind;
use domain::reserve::RequestStatus;

/// Sends the summary-report reminders owed at the clock's now. Returns how many this call
/// sent.
pub async fn remind_due(ctx: &Ctx) -> ApiResult<u64> {
    let actor = crate::store::audit::Actor::system("reserve-report-reminder");
    let now = ctx.now();
    let db = ctx.store().db();
    let mut sent = 0;
    for request in repo::list(db, &Scope::Eu, &[RequestStatus::Delivered]).await? {
        let already: Vec<ReminderKind> = reminders::sent(db, request.id)
            .await?
            .iter()
            .filter_map(|k| ReminderKind::parse(k).ok())
            .collect();
        let Some(kind) = summary_clock(&request).reminder(now, &already)? else {
            continue;
        };
        let notification = match kind {
            ReminderKind::AboutToExpire => NotificationKind::ReserveReportAboutToExpire,
            ReminderKind::Overdue => NotificationKind::ReserveReportOverdue,
        };
        if reminders::send(
            ctx.store(),
            &actor,
            now,
            &request,
            kind.as_str(),
            notification,
        )
        .await?
        {
            sent += 1;
            let event = crate::events::Event::NotificationsChanged {
                organisation: request.organisation_id,
            };
            ctx.published((), [event]);
        }
    }
    Ok(sent)
}
