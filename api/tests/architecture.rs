//! The layers of `api`, enforced: which top-level module may import which (as
//! `docs/architecture.md` states), no cycles between the modules of `actions` or `store`, and
//! in `graphql` only the cycles its object graph needs. Also: resolvers stay thin.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file under `src`, e.g. `actions/vouchers.rs` → `["actions", "vouchers"]`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
    {
        parts.pop();
    }
    parts
}

/// The code of a file without comments and string literals (a path in a doc comment is not an
/// import).
fn code(file: &Path) -> String {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `crate::a::b` paths a file uses, as `[a, b]` (the second part only when it is a module name,
/// i.e. lower case).
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let path: Vec<String> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or_default()
            .split("::")
            .take(2)
            .filter(|s| !s.is_empty() && s.chars().next().is_some_and(|c| c.is_lowercase()))
            .map(str::to_owned)
            .collect();
        if !path.is_empty() {
            out.push(path);
        }
    }
    out
}

/// Sibling modules a module of `parent` uses through `super::x`.
fn super_paths(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("super::") {
        rest = &rest[i + "super::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.chars().next().is_some_and(|c| c.is_lowercase()) && name != "super" {
            out.insert(name);
        }
    }
    // `use super::{a, b}`
    let mut rest = code;
    while let Some(i) = rest.find("super::{") {
        rest = &rest[i + "super::{".len()..];
        let inner = rest.split('}').next().unwrap_or_default();
        for part in inner.split(',') {
            let name = part.trim().split("::").next().unwrap_or_default().trim();
            if name.chars().next().is_some_and(|c| c.is_lowercase()) && name != "self" {
                out.insert(name.to_owned());
            }
        }
    }
    out
}

/// Which top-level modules each top-level module may use. The composition roots (`lib`,
/// `main`, `startup`) may use anything; `seed` loads demo data with the store, like a
/// migration.
fn allowed() -> BTreeMap<&'static str, &'static [&'static str]> {
    BTreeMap::from([
        ("clock", &[][..]),
        ("metrics", &[][..]),
        ("config", &[][..]),
        ("logging", &["config"][..]),
        ("events", &[][..]),
        ("store", &[][..]),
        ("attachment_store", &["config"][..]),
        ("error", &["store"][..]),
        ("auth", &["store", "config", "clock"][..]),
        (
            "state",
            &[
                "store",
                "attachment_store",
                "clock",
                "auth",
                "config",
                "events",
                "metrics",
            ][..],
        ),
        (
            "actions",
            &[
                "store",
                "attachment_store",
                "error",
                "auth",
                "events",
                "state",
                "clock",
                "config",
            ][..],
        ),
        ("graphql", &["actions", "error", "events", "config"][..]),
        (
            "http",
            &[
                "actions", "graphql", "auth", "error", "state", "metrics", "config",
            ][..],
        ),
        ("jobs", &["actions", "error", "state"][..]),
        ("seed", &["store", "auth"][..]),
    ])
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let allowed = allowed();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut violations = Vec::new();
    for f in &files {
        let module = module_of(f);
        let Some(top) = module.first() else { continue };
        if ["startup", "main"].contains(&top.as_str()) {
            continue;
        }
        let Some(ok) = allowed.get(top.as_str()) else {
            violations.push(format!(
                "{top}: a new top-level module needs a row in this test and in docs/architecture.md"
            ));
            continue;
        };
        for path in crate_paths(&code(f)) {
            let used = path[0].as_str();
            if used != top && !ok.contains(&used) {
                violations.push(format!("{} uses crate::{}", f.display(), path.join("::")));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "layer violations:\n{}",
        violations.join("\n")
    );
}

/// Edges between the modules of one folder (`crate::x::y` and `super::y`).
fn edges(folder: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(&src().join(folder), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let module = module_of(f);
        if module.len() < 2 {
            continue;
        }
        let me = module[1].clone();
        let code = code(f);
        let mut used: BTreeSet<String> = crate_paths(&code)
            .into_iter()
            .filter(|p| p[0] == folder && p.len() > 1)
            .map(|p| p[1].clone())
            .collect();
        if module.len() == 2 {
            used.extend(super_paths(&code));
        }
        used.remove(&me);
        graph.entry(me).or_default().extend(used);
    }
    graph
}

fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<(String, String)> {
    // Pairs (a, b) where b is reachable from a and a from b.
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(n) = todo.pop() {
            for m in graph.get(&n).into_iter().flatten() {
                if seen.insert(m.clone()) {
                    todo.push(m.clone());
                }
            }
        }
        seen
    };
    let mut out = BTreeSet::new();
    for a in graph.keys() {
        for b in reach(a) {
            if a < &b && reach(&b).contains(a) {
                out.insert((a.clone(), b));
            }
        }
    }
    out
}

#[test]
fn actions_and_store_have_no_import_cycles() {
    for folder in ["actions", "store"] {
        let found = cycles(&edges(folder));
        assert!(found.is_empty(), "{folder} has import cycles: {found:?}");
    }
}

/// GraphQL types refer to each other because the schema's object graph does (an application
/// has a voucher, a voucher its application); these are the only cycles allowed there, each
/// explained in `docs/architecture.md`.
#[test]
fn graphql_cycles_are_only_those_of_the_object_graph() {
    let allowed: BTreeSet<(String, String)> = [
        ("accounts", "organisations"),
        ("applications", "vouchers"),
        ("redemptions", "vouchers"),
        ("applications", "redemptions"),
        // A programme has its applications, an application its programme (issue #15).
        ("applications", "programmes"),
        ("programmes", "redemptions"),
        ("programmes", "vouchers"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_owned(), b.to_owned()))
    .collect();
    let found = cycles(&edges("graphql"));
    let unexpected: Vec<_> = found.difference(&allowed).collect();
    assert!(
        unexpected.is_empty(),
        "graphql has new import cycles: {unexpected:?}"
    );
}

/// A resolver parses, calls an action and maps: at most 20 lines from its `async fn` to its
/// closing brace.
#[test]
fn resolvers_are_at_most_twenty_lines() {
    let mut files = Vec::new();
    rust_files(&src().join("graphql"), &mut files);
    let mut long = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            if l.starts_with("    async fn ") {
                let start = i;
                while i < lines.len() && lines[i] != "    }" {
                    i += 1;
                }
                let len = i - start + 1;
                if len > 20 {
                    long.push(format!("{}:{} is {len} lines", f.display(), start + 1));
                }
            }
            i += 1;
        }
    }
    assert!(
        long.is_empty(),
        "resolvers over 20 lines:\n{}",
        long.join("\n")
    );
}
