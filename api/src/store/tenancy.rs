//! Tenancy, in the one place every scoped query goes through.
//!
//! A scoped entity says which rows a [`Scope`] may see as a SQL condition; [`scoped`] applies it
//! to every read. A row outside the scope is simply not found, exactly like a missing one.
use super::entities::{
    app_user, incident, incident_share, notification, organisation, redemption, voucher,
    voucher_application, voucher_program,
};
use domain::account::Scope;
use sea_orm::sea_query::Expr;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, Select};

/// An entity whose rows belong to a member state and/or an organisation.
pub trait Tenanted: EntityTrait {
    /// The rows `scope` may see.
    fn visible_to(scope: &Scope) -> Condition;
}

/// `SELECT … WHERE <scope condition>`: the start of every scoped read.
pub fn scoped<E: Tenanted>(scope: &Scope) -> Select<E> {
    E::find().filter(E::visible_to(scope))
}

fn nothing() -> Condition {
    Condition::all().add(Expr::cust("1 = 0"))
}

impl Tenanted for organisation::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        match scope {
            Scope::Public => nothing(),
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => {
                Condition::all().add(organisation::Column::MemberState.eq(ms.code()))
            }
            Scope::Organisation { id, .. } | Scope::Authority { id, .. } => {
                Condition::all().add(organisation::Column::Id.eq(*id))
            }
        }
    }
}

impl Tenanted for app_user::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        match scope {
            Scope::Public => nothing(),
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => Condition::all().add(
                app_user::Column::OrganisationId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(organisation::Column::Id)
                        .from(organisation::Entity)
                        .and_where(organisation::Column::MemberState.eq(ms.code()))
                        .to_owned(),
                ),
            ),
            Scope::Organisation { id, .. } | Scope::Authority { id, .. } => {
                Condition::all().add(app_user::Column::OrganisationId.eq(*id))
            }
        }
    }
}

/// Programmes: open ones are public; an agency sees all of its member state's; an organisation
/// also those it applied to or redeemed vouchers of, after they close.
impl Tenanted for voucher_program::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        let open = voucher_program::Column::Status.eq("OPEN");
        match scope {
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => Condition::any()
                .add(open)
                .add(voucher_program::Column::MemberState.eq(ms.code())),
            Scope::Public | Scope::Authority { .. } => Condition::all().add(open),
            Scope::Organisation { id, .. } => Condition::any()
                .add(open)
                .add(
                    voucher_program::Column::Id.in_subquery(
                        Query::select()
                            .column(voucher_application::Column::ProgramId)
                            .from(voucher_application::Entity)
                            .and_where(voucher_application::Column::OrganisationId.eq(*id))
                            .to_owned(),
                    ),
                )
                .add(
                    voucher_program::Column::Id.in_subquery(
                        Query::select()
                            .column(redemption::Column::ProgramId)
                            .from(redemption::Entity)
                            .and_where(redemption::Column::ServiceProviderId.eq(*id))
                            .to_owned(),
                    ),
                ),
        }
    }
}

/// Who may manage a programme and see its funds and ledger: its member state's agency, and
/// EU-wide staff (read-only by role checks elsewhere).
pub fn manages(scope: &Scope, member_state: &str) -> bool {
    match scope {
        Scope::Eu => true,
        Scope::MemberState(ms) => ms.code() == member_state,
        Scope::Public | Scope::Organisation { .. } | Scope::Authority { .. } => false,
    }
}

/// Applications: a clinic sees its own, drafts included; an agency its member state's once
/// submitted; EU-wide staff all submitted ones. A draft (also one withdrawn before it was ever
/// submitted) is the clinic's private work.
impl Tenanted for voucher_application::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use voucher_application::Column as A;
        match scope {
            Scope::Public | Scope::Authority { .. } => nothing(),
            Scope::Eu => Condition::all().add(A::SubmittedAt.is_not_null()),
            Scope::MemberState(ms) => Condition::all()
                .add(A::MemberState.eq(ms.code()))
                .add(A::SubmittedAt.is_not_null()),
            Scope::Organisation { id, .. } => Condition::all().add(A::OrganisationId.eq(*id)),
        }
    }
}

/// Vouchers: the clinic's own, or (for a service provider) those it has redeemed; an agency its
/// member state's.
impl Tenanted for voucher::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use voucher::Column as V;
        match scope {
            Scope::Public | Scope::Authority { .. } => nothing(),
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => Condition::all().add(V::MemberState.eq(ms.code())),
            Scope::Organisation { id, .. } => Condition::any().add(V::OrganisationId.eq(*id)).add(
                V::Id.in_subquery(
                    Query::select()
                        .column(redemption::Column::VoucherId)
                        .from(redemption::Entity)
                        .and_where(redemption::Column::ServiceProviderId.eq(*id))
                        .to_owned(),
                ),
            ),
        }
    }
}

/// Redemptions: the service provider's own, or those of the clinic's vouchers; an agency its
/// member state's.
impl Tenanted for redemption::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use redemption::Column as R;
        match scope {
            Scope::Public | Scope::Authority { .. } => nothing(),
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => Condition::all().add(R::MemberState.eq(ms.code())),
            Scope::Organisation { id, .. } => {
                Condition::any().add(R::ServiceProviderId.eq(*id)).add(
                    R::VoucherId.in_subquery(
                        Query::select()
                            .column(voucher::Column::Id)
                            .from(voucher::Entity)
                            .and_where(voucher::Column::OrganisationId.eq(*id))
                            .to_owned(),
                    ),
                )
            }
        }
    }
}

/// Notifications belong to one organisation.
impl Tenanted for notification::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        match scope {
            Scope::Organisation { id, .. } | Scope::Authority { id, .. } => {
                Condition::all().add(notification::Column::OrganisationId.eq(*id))
            }
            _ => nothing(),
        }
    }
}

/// Incident cases (NIS2 Art. 23): the reporting organisation's own; for an authority, its
/// member state's and those shared with it. Nobody else sees a case: not the voucher agency,
/// not service providers, not ENISA or platform admins (they see anonymised statistics).
impl Tenanted for incident::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use incident::Column as I;
        match scope {
            Scope::Organisation { id, .. } => Condition::all().add(I::OrganisationId.eq(*id)),
            Scope::Authority { member_state, .. } => Condition::any()
                .add(I::MemberState.eq(member_state.code()))
                .add(
                    I::Id.in_subquery(
                        Query::select()
                            .column(incident_share::Column::IncidentId)
                            .from(incident_share::Entity)
                            .and_where(incident_share::Column::MemberState.eq(member_state.code()))
                            .to_owned(),
                    ),
                ),
            Scope::Public | Scope::Eu | Scope::MemberState(_) => nothing(),
        }
    }
}

/// EU Cybersecurity Reserve requests (`docs/reserve.md`): the clinic sees its own (drafts
/// included); the assigned provider those currently assigned to it; the authority its member
/// state's once submitted; ENISA (EU-wide) every request once endorsed. The voucher agency sees
/// none.
impl Tenanted for super::entities::reserve_request::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use super::entities::reserve_request::Column as R;
        match scope {
            Scope::Organisation { id, .. } => Condition::any()
                .add(R::OrganisationId.eq(*id))
                .add(R::ProviderId.eq(*id)),
            Scope::Authority { member_state, .. } => Condition::all()
                .add(R::MemberState.eq(member_state.code()))
                .add(R::SubmittedAt.is_not_null()),
            Scope::Eu => Condition::all().add(R::EndorsedAt.is_not_null()),
            Scope::Public | Scope::MemberState(_) => nothing(),
        }
    }
}

/// Attachments: whoever sees the parent (`voucher_application` or `redemption` above) sees its
/// attachments: the clinic its own, the redeeming provider those of its redemptions, an agency
/// its member state's once the application was submitted.
impl Tenanted for super::entities::attachment::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        use super::entities::attachment::Column as F;
        Condition::any()
            .add(
                F::ApplicationId.in_subquery(
                    Query::select()
                        .column(voucher_application::Column::Id)
                        .from(voucher_application::Entity)
                        .cond_where(voucher_application::Entity::visible_to(scope))
                        .to_owned(),
                ),
            )
            .add(
                F::RedemptionId.in_subquery(
                    Query::select()
                        .column(redemption::Column::Id)
                        .from(redemption::Entity)
                        .cond_where(redemption::Entity::visible_to(scope))
                        .to_owned(),
                ),
            )
    }
}
