//! The member-state table (reference data, seeded by the first migration).
use super::StoreError;
use super::entities::member_state;
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};

pub async fn all(db: &DatabaseConnection) -> Result<Vec<member_state::Model>, StoreError> {
    Ok(member_state::Entity::find()
        .order_by_asc(member_state::Column::Code)
        .all(db)
        .await?)
}
