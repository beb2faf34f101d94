//! The member states.
use async_graphql::{Context, Object, SimpleObject};

/// An EU member state (ISO 3166-1 alpha-2) and its currency (ISO 4217).
#[derive(SimpleObject, Clone)]
pub struct MemberState {
    /// ISO 3166-1 alpha-2 code, e.g. `DE`; Greece is `GR`.
    pub code: String,
    /// English short name.
    pub name: String,
    /// National currency; programmes use it or EUR.
    pub currency: String,
}

impl From<domain::member_state::MemberState> for MemberState {
    fn from(ms: domain::member_state::MemberState) -> Self {
        Self {
            code: ms.code().to_owned(),
            name: ms.name().to_owned(),
            currency: ms.currency().code().to_owned(),
        }
    }
}

#[derive(Default)]
pub struct MemberStateQuery;

#[Object]
impl MemberStateQuery {
    /// The 27 member states, by code.
    async fn member_states(&self, _ctx: &Context<'_>) -> Vec<MemberState> {
        domain::member_state::MemberState::all()
            .map(Into::into)
            .collect()
    }
}
