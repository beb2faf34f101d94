//! Four eyes on money in SQL: the condition every approving conditional update carries
//! (applications, redemption payments), so that no interleaving of requests can make the
//! recommender the approver. A trigger on each table refuses such a row as well
//! (`m20261201_000201_four_eyes`).
use sea_orm::{ColumnTrait, Condition};
use uuid::Uuid;

/// The four-eyes condition of an approving conditional update, so that no interleaving of
/// requests gets round it: the approver is never the recommender; with `second_needed`, a
/// recommendation by another officer must be on record; a recommendation on record covers at
/// least the approved amount (`amount`: its column and the amount approved).
pub fn second_officer<C: ColumnTrait>(
    approver: Option<Uuid>,
    second_needed: bool,
    recommended_by: C,
    amount: Option<(C, i64)>,
) -> Condition {
    let mut recommended = Condition::all()
        .add(recommended_by.is_not_null())
        .add(recommended_by.ne(approver));
    if let Some((col, minor)) = amount {
        recommended = recommended.add(col.gte(minor));
    }
    if second_needed {
        recommended
    } else {
        Condition::any()
            .add(recommended_by.is_null())
            .add(recommended)
    }
}
