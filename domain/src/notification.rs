//! In-app notifications: what happened to an organisation's applications, vouchers and
//! redemptions, as a code the web app translates.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NotificationKind {
    ApplicationApproved,
    ApplicationRejected,
    VoucherRedeemed,
    PaymentApproved,
    VoucherCancelled,
    VoucherExpired,
    /// An incident clock expires within 6 hours (NIS2 Art. 23(4)); the stage is in the detail.
    IncidentClockAboutToExpire,
    /// An incident clock is overdue.
    IncidentClockOverdue,
    /// A CRITICAL early-warning alert the organisation may see was published or updated.
    AlertCritical,
    /// A waitlisted participant got a seat of a training session.
    TrainingSeatConfirmed,
    /// A Reserve request's summary report is due within 6 hours (Regulation (EU) 2025/38,
    /// Art. 16).
    ReserveReportAboutToExpire,
    /// A Reserve request's summary report is overdue.
    ReserveReportOverdue,
}

crate::organisation::str_enum!(NotificationKind {
    ApplicationApproved = "APPLICATION_APPROVED",
    ApplicationRejected = "APPLICATION_REJECTED",
    VoucherRedeemed = "VOUCHER_REDEEMED",
    PaymentApproved = "PAYMENT_APPROVED",
    VoucherCancelled = "VOUCHER_CANCELLED",
    VoucherExpired = "VOUCHER_EXPIRED",
    IncidentClockAboutToExpire = "INCIDENT_CLOCK_ABOUT_TO_EXPIRE",
    IncidentClockOverdue = "INCIDENT_CLOCK_OVERDUE",
    AlertCritical = "ALERT_CRITICAL",
    TrainingSeatConfirmed = "TRAINING_SEAT_CONFIRMED",
    ReserveReportAboutToExpire = "RESERVE_REPORT_ABOUT_TO_EXPIRE",
    ReserveReportOverdue = "RESERVE_REPORT_OVERDUE",
});
