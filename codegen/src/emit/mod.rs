//! Writing the outputs: one module per output family, each declared once as an
//! [`Emitter`](crate::Emitter) (its folders, its inputs, its function) and listed in
//! [`EMITTERS`].

pub mod automaton;
pub(crate) mod explain;
pub mod html;
pub mod markdown;
pub mod messages;
pub(crate) mod rust;
pub(crate) mod site;

use crate::model::Data;
use crate::output::{Emitter, GeneratedFile};

/// Every output family, in the order their files are rendered.
pub const EMITTERS: &[Emitter] = &[
    rust::EMITTER,
    html::EMITTER,
    explain::EMITTER,
    markdown::EMITTER,
    messages::EMITTER,
];

/// Renders every generated file from validated data, sorted by path.
pub fn render(data: &Data) -> Vec<GeneratedFile> {
    let mut files: Vec<GeneratedFile> = EMITTERS.iter().flat_map(|e| (e.emit)(data)).collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}
