//! Tenancy, in the one place every scoped query goes through.
//!
//! A scoped entity says which rows a [`Scope`] may see as a SQL condition; [`scoped`] applies it
//! to every read. A row outside the scope is simply not found, exactly like a missing one.
use super::entities::{app_user, organisation, voucher_program};
use domain::account::Scope;
use sea_orm::sea_query::Expr;
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
            Scope::Organisation { id, .. } => {
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
            Scope::Organisation { id, .. } => {
                Condition::all().add(app_user::Column::OrganisationId.eq(*id))
            }
        }
    }
}

/// Programmes: open ones are public; an agency sees all of its member state's.
impl Tenanted for voucher_program::Entity {
    fn visible_to(scope: &Scope) -> Condition {
        let open = voucher_program::Column::Status.eq("OPEN");
        match scope {
            Scope::Eu => Condition::all(),
            Scope::MemberState(ms) => Condition::any()
                .add(open)
                .add(voucher_program::Column::MemberState.eq(ms.code())),
            Scope::Public | Scope::Organisation { .. } => Condition::all().add(open),
        }
    }
}

/// Who may manage a programme and see its funds and ledger: its member state's agency, and
/// EU-wide staff (read-only by role checks elsewhere).
pub fn manages(scope: &Scope, member_state: &str) -> bool {
    match scope {
        Scope::Eu => true,
        Scope::MemberState(ms) => ms.code() == member_state,
        Scope::Public | Scope::Organisation { .. } => false,
    }
}
