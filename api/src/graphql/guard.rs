//! The checks every GraphQL operation passes before it runs, on HTTP and on the WebSocket
//! alike (`http/graphql.rs` and `http/ws.rs` both call [`Guard::check`]): the alias limit, and
//! the input rules the schema's own validation does not enforce.
//!
//! - **Aliases**: at most `limits.aliases` per document (each alias is another resolver call).
//! - **Control characters**: no string input (argument literal or variable) may hold a control
//!   character other than newline and tab (a NUL byte would otherwise reach PostgreSQL).
//! - **Enums**: an enum argument written as a string literal (`status: "OPEN"`) is refused, as
//!   the GraphQL specification says; in variables, enums are strings by design.
//! - **Amounts**: an input marked `@amount` in the schema (money: `requestedAmount`,
//!   `invoiceAmount`, a `FundsInput`'s `amount`…) is a plain decimal string: an optional minus,
//!   digits, and an optional dot followed by digits. `1e3`, `+5`, `5.` and JSON numbers are
//!   refused (the currency's number of decimals is checked where the currency is known).
//!
//! The type information comes from the schema's own SDL, read once at start-up.
use async_graphql::parser::types::{
    BaseType, ExecutableDocument, OperationType, Selection, SelectionSet, Type,
    TypeKind as DefKind, TypeSystemDefinition,
};
use async_graphql::{Name, Positioned, Value, Variables};
use std::collections::{HashMap, HashSet};

/// Why an operation was refused before it ran: always `VALIDATION`, with the input field at
/// fault when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: Option<String>,
    pub message: String,
}

impl Refusal {
    /// The error as a GraphQL error object (`VALIDATION`, with the field when known).
    pub fn to_error(&self) -> serde_json::Value {
        let mut ext = serde_json::json!({ "code": "VALIDATION" });
        if let Some(f) = &self.field {
            ext["field"] = serde_json::json!(f);
        }
        serde_json::json!({ "message": self.message, "extensions": ext })
    }

    fn at(field: String, message: impl Into<String>) -> Self {
        Self {
            field: Some(field),
            message: message.into(),
        }
    }
}

/// The schema's shape as the checks need it.
#[derive(Debug, Default)]
pub struct Guard {
    aliases: usize,
    enums: HashSet<String>,
    /// Input object → field → (type, an amount?).
    inputs: HashMap<String, HashMap<String, Input>>,
    /// Object or interface → field → (argument → (type, an amount?), the field's named type).
    fields: HashMap<String, HashMap<String, Field>>,
    query: String,
    mutation: String,
    subscription: String,
}

/// A declared input: its type, and whether it is an amount (`@amount`).
type Input = (Type, bool);

/// A field: its arguments, and the name of the type it returns.
type Field = (HashMap<String, Input>, String);

fn input_of(v: async_graphql::parser::types::InputValueDefinition) -> (String, Input) {
    let amount = v.directives.iter().any(|d| d.node.name.node == "amount");
    (v.name.node.to_string(), (v.ty.node, amount))
}

fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(n) => n.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

/// A control character other than newline and tab.
fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

/// `-?digits(.digits)?`
pub fn is_plain_decimal(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && frac.is_none_or(all_digits)
}

impl Guard {
    /// Reads the schema's shape from its SDL.
    pub fn new(sdl: &str, aliases: usize) -> Self {
        let mut g = Guard {
            aliases,
            query: "Query".into(),
            mutation: "Mutation".into(),
            subscription: "Subscription".into(),
            ..Default::default()
        };
        let Ok(doc) = async_graphql::parser::parse_schema(sdl) else {
            return g;
        };
        for def in doc.definitions {
            match def {
                TypeSystemDefinition::Schema(s) => {
                    let s = s.node;
                    if let Some(q) = s.query {
                        g.query = q.node.to_string();
                    }
                    if let Some(m) = s.mutation {
                        g.mutation = m.node.to_string();
                    }
                    if let Some(sub) = s.subscription {
                        g.subscription = sub.node.to_string();
                    }
                }
                TypeSystemDefinition::Type(t) => {
                    let t = t.node;
                    let name = t.name.node.to_string();
                    match t.kind {
                        DefKind::Enum(_) => {
                            g.enums.insert(name);
                        }
                        DefKind::InputObject(io) => {
                            let fields = io.fields.into_iter().map(|f| input_of(f.node)).collect();
                            g.inputs.insert(name, fields);
                        }
                        DefKind::Object(o) => {
                            g.fields.insert(name, Self::object_fields(o.fields));
                        }
                        DefKind::Interface(i) => {
                            g.fields.insert(name, Self::object_fields(i.fields));
                        }
                        _ => {}
                    }
                }
                TypeSystemDefinition::Directive(_) => {}
            }
        }
        g
    }

    fn object_fields(
        fields: Vec<Positioned<async_graphql::parser::types::FieldDefinition>>,
    ) -> HashMap<String, Field> {
        fields
            .into_iter()
            .map(|f| {
                let f = f.node;
                let args = f.arguments.into_iter().map(|a| input_of(a.node)).collect();
                (
                    f.name.node.to_string(),
                    (args, named(&f.ty.node).to_owned()),
                )
            })
            .collect()
    }

    /// Checks a parsed operation and its variables.
    pub fn check(&self, doc: &ExecutableDocument, variables: &Variables) -> Result<(), Refusal> {
        let aliases = count_aliases(doc);
        if aliases > self.aliases {
            return Err(Refusal {
                field: None,
                message: format!("too many aliases (at most {})", self.aliases),
            });
        }
        for (_, op) in doc.operations.iter() {
            let op = &op.node;
            let root = match op.ty {
                OperationType::Query => &self.query,
                OperationType::Mutation => &self.mutation,
                OperationType::Subscription => &self.subscription,
            };
            self.selection(&op.selection_set.node, root, 0)?;
            for def in &op.variable_definitions {
                let name = def.node.name.node.as_str();
                if let Some(value) = variables.get(&Name::new(name)) {
                    let ty = &def.node.var_type.node;
                    let amount = self.variable_is_amount(op, name);
                    self.input(value, ty, amount, &format!("${name}"), true)?;
                }
            }
        }
        for frag in doc.fragments.values() {
            let on = frag.node.type_condition.node.on.node.as_str();
            self.selection(&frag.node.selection_set.node, on, 0)?;
        }
        Ok(())
    }

    /// Whether a variable is passed straight to an argument marked `@amount` somewhere in the
    /// operation (a variable of an input-object type is checked field by field instead).
    fn variable_is_amount(
        &self,
        op: &async_graphql::parser::types::OperationDefinition,
        name: &str,
    ) -> bool {
        fn walk(g: &Guard, set: &SelectionSet, parent: &str, name: &str, depth: usize) -> bool {
            if depth > 64 {
                return false;
            }
            set.items.iter().any(|item| match &item.node {
                Selection::Field(f) => {
                    let f = &f.node;
                    let known = g
                        .fields
                        .get(parent)
                        .and_then(|fs| fs.get(f.name.node.as_str()));
                    let direct = f.arguments.iter().any(|(arg, value)| {
                        value.node.to_string() == format!("${name}")
                            && known
                                .and_then(|(args, _)| args.get(arg.node.as_str()))
                                .is_some_and(|(_, amount)| *amount)
                    });
                    let child = known.map_or("", |(_, ty)| ty.as_str());
                    direct || walk(g, &f.selection_set.node, child, name, depth + 1)
                }
                Selection::InlineFragment(i) => {
                    walk(g, &i.node.selection_set.node, parent, name, depth + 1)
                }
                Selection::FragmentSpread(_) => false,
            })
        }
        let root = match op.ty {
            OperationType::Query => &self.query,
            OperationType::Mutation => &self.mutation,
            OperationType::Subscription => &self.subscription,
        };
        walk(self, &op.selection_set.node, root, name, 0)
    }

    fn selection(&self, set: &SelectionSet, parent: &str, depth: usize) -> Result<(), Refusal> {
        if depth > 64 {
            return Ok(()); // the schema's depth limit refuses it anyway
        }
        for item in &set.items {
            match &item.node {
                Selection::Field(f) => {
                    let f = &f.node;
                    let name = f.name.node.as_str();
                    let known = self.fields.get(parent).and_then(|fs| fs.get(name));
                    for (arg, value) in &f.arguments {
                        let arg = arg.node.as_str();
                        if let Some((ty, amount)) = known.and_then(|(args, _)| args.get(arg)) {
                            // Variables in a literal are checked with the variables.
                            let literal = value
                                .node
                                .clone()
                                .into_const_with(|_| Ok::<_, ()>(Value::Null))
                                .unwrap_or(Value::Null);
                            self.input(&literal, ty, *amount, arg, false)?;
                        }
                    }
                    let child = known.map_or("", |(_, ty)| ty.as_str());
                    self.selection(&f.selection_set.node, child, depth + 1)?;
                }
                Selection::InlineFragment(i) => {
                    let on = i
                        .node
                        .type_condition
                        .as_ref()
                        .map_or(parent, |t| t.node.on.node.as_str());
                    self.selection(&i.node.selection_set.node, on, depth + 1)?;
                }
                Selection::FragmentSpread(_) => {}
            }
        }
        Ok(())
    }

    /// Checks an input value (a literal, or a variable's JSON value when `variable`) against
    /// its declared type.
    fn input(
        &self,
        value: &Value,
        ty: &Type,
        amount: bool,
        path: &str,
        variable: bool,
    ) -> Result<(), Refusal> {
        if let BaseType::List(inner) = &ty.base {
            if let Value::List(items) = value {
                for (i, v) in items.iter().enumerate() {
                    self.input(v, inner, amount, &format!("{path}[{i}]"), variable)?;
                }
                return Ok(());
            }
            return self.input(value, inner, amount, path, variable);
        }
        let type_name = named(ty);
        match value {
            Value::String(s) if has_control(s) => Err(Refusal::at(
                path.to_owned(),
                "must not contain control characters (other than newline and tab)",
            )),
            Value::String(s) if amount && !is_plain_decimal(s) => Err(Refusal::at(
                path.to_owned(),
                "write an amount as a decimal string, e.g. \"1250.00\"",
            )),
            Value::Number(_) if amount => Err(Refusal::at(
                path.to_owned(),
                "write an amount as a decimal string, e.g. \"1250.00\", not a number",
            )),
            Value::String(s) if !variable && self.enums.contains(type_name) => Err(Refusal::at(
                path.to_owned(),
                format!("{type_name} is an enum: write {s} without quotes"),
            )),
            Value::Object(fields) => {
                let Some(declared) = self.inputs.get(type_name) else {
                    return Ok(());
                };
                for (k, v) in fields {
                    if let Some((fty, amount)) = declared.get(k.as_str()) {
                        self.input(v, fty, *amount, &format!("{path}.{k}"), variable)?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

fn count_aliases(doc: &ExecutableDocument) -> usize {
    fn walk(set: &SelectionSet, depth: usize) -> usize {
        if depth > 64 {
            return 0;
        }
        set.items
            .iter()
            .map(|s| match &s.node {
                Selection::Field(f) => {
                    usize::from(f.node.alias.is_some())
                        + walk(&f.node.selection_set.node, depth + 1)
                }
                Selection::InlineFragment(i) => walk(&i.node.selection_set.node, depth + 1),
                Selection::FragmentSpread(_) => 0,
            })
            .sum()
    }
    let ops: usize = doc
        .operations
        .iter()
        .map(|(_, op)| walk(&op.node.selection_set.node, 0))
        .sum();
    let frags: usize = doc
        .fragments
        .values()
        .map(|f| walk(&f.node.selection_set.node, 0))
        .sum();
    ops + frags
}

#[cfg(test)]
mod tests {
    use super::*;

    const SDL: &str = r#"
        directive @amount on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
        enum Status { OPEN CLOSED }
        scalar Decimal
        input Filter { status: Status, name: String, amounts: [Decimal!] @amount, share: Decimal }
        type Query { items(filter: Filter, first: Int): [Item!]! item(id: ID!): Item }
        type Mutation { pay(amount: Decimal! @amount, reason: String!): Item }
        type Item { id: ID! status: Status! children(status: Status): [Item!]! }
    "#;

    fn check(query: &str, vars: serde_json::Value) -> Result<(), Refusal> {
        let guard = Guard::new(SDL, 3);
        let doc = async_graphql::parser::parse_query(query).map_err(|e| Refusal {
            field: None,
            message: e.to_string(),
        })?;
        guard.check(&doc, &Variables::from_json(vars))
    }

    #[test]
    fn plain_decimals_are_digits_with_an_optional_sign_and_fraction() {
        for ok in ["0", "12", "-5", "1250.00", "0.5", "-0.01"] {
            assert!(is_plain_decimal(ok), "{ok}");
        }
        for bad in [
            "", "1e3", "+5", "5.", ".5", "1.2.3", "1,000", " 5", "5 ", "--1", "NaN",
        ] {
            assert!(!is_plain_decimal(bad), "{bad:?}");
        }
    }

    #[test]
    fn an_enum_argument_written_as_a_string_is_refused_where_the_enum_is_declared() {
        assert!(
            check(
                "{ items(filter: { status: OPEN }) { id } }",
                serde_json::json!({})
            )
            .is_ok()
        );
        let e = check(
            r#"{ items(filter: { status: "OPEN" }) { id } }"#,
            serde_json::json!({}),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("filter.status".into())));
        // Nested below a field, too.
        let e = check(
            r#"{ item(id: "1") { children(status: "CLOSED") { id } } }"#,
            serde_json::json!({}),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("status".into())));
        // In variables enums are strings by design.
        let ok = check(
            "query($f: Filter) { items(filter: $f) { id } }",
            serde_json::json!({ "f": { "status": "OPEN" } }),
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn control_characters_are_refused_in_literals_and_variables_naming_the_field() {
        let e = check(
            "mutation { pay(amount: \"1\", reason: \"a\\u0000b\") { id } }",
            serde_json::json!({}),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("reason".into())));
        let e = check(
            "query($f: Filter) { items(filter: $f) { id } }",
            serde_json::json!({ "f": { "name": "x\u{1b}[31m" } }),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("$f.name".into())));
        let ok = check(
            "mutation($r: String!) { pay(amount: \"1\", reason: $r) { id } }",
            serde_json::json!({ "r": "line one\nline two\twith a tab" }),
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn amounts_must_be_plain_decimal_strings() {
        for (vars, field) in [
            (serde_json::json!({ "a": 12.5 }), "$a"),
            (serde_json::json!({ "a": "1e3" }), "$a"),
            (serde_json::json!({ "a": "+5" }), "$a"),
            (serde_json::json!({ "a": "5." }), "$a"),
        ] {
            let e = check(
                "mutation($a: Decimal!) { pay(amount: $a, reason: \"r\") { id } }",
                vars,
            );
            assert_eq!(e.map_err(|r| r.field), Err(Some(field.into())));
        }
        let e = check(
            "query($f: Filter) { items(filter: $f) { id } }",
            serde_json::json!({ "f": { "amounts": ["1.00", "2e2"] } }),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("$f.amounts[1]".into())));
        let e = check(
            "mutation { pay(amount: 5, reason: \"r\") { id } }",
            serde_json::json!({}),
        );
        assert_eq!(e.map_err(|r| r.field), Err(Some("amount".into())));
        let ok = check(
            "mutation { pay(amount: \"-12.50\", reason: \"r\") { id } }",
            serde_json::json!({}),
        );
        assert!(ok.is_ok());
        // A decimal that is no amount (a share, a staff count) may still be a number.
        let ok = check(
            "query($f: Filter) { items(filter: $f) { id } }",
            serde_json::json!({ "f": { "share": 12.5 } }),
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn aliases_beyond_the_limit_are_refused() {
        assert!(
            check(
                "{ a: items { id } b: items { id } c: items { id } }",
                serde_json::json!({})
            )
            .is_ok()
        );
        let e = check(
            "{ a: items { id } b: items { id } c: items { id } d: items { id } }",
            serde_json::json!({}),
        );
        assert!(e.is_err());
    }
}
