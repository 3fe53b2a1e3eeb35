//! The Rust tables of the `smtp-codes` crate, under `smtp-codes/src/generated/`.
//!
//! Enums carry their codes as discriminants where that makes lookups free (`ReplyStatus` is
//! `repr(u16)` with the code itself); every per-code fact lives in a table indexed by the
//! variant's position, one table per locale for the texts. The hand-written API in
//! `smtp-codes/src/` reads these tables.

use crate::emit::automaton::Automaton;
use crate::emit::markdown::escape as markdown;
use crate::model::{
    Code, Data, Entry, Kind, Reference, RuleKind, RuleTarget, Strength, Texts, VendorEntry,
    VendorKey, TEXT_FIELDS,
};
use crate::output::{header, Emitter, GeneratedFile, Syntax};
use crate::{
    CODES_CSV, LOCALES_CSV, PROVIDERS_CSV, PROVIDER_RULES_CSV, REASONS_CSV, REASON_RULES_CSV,
    VENDOR_CODES_CSV,
};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

const DIR: &str = "smtp-codes/src/generated";

pub(crate) const EMITTER: Emitter = Emitter {
    name: "rust",
    owns: &[DIR],
    inputs: &[
        CODES_CSV,
        LOCALES_CSV,
        PROVIDERS_CSV,
        PROVIDER_RULES_CSV,
        VENDOR_CODES_CSV,
        REASONS_CSV,
        REASON_RULES_CSV,
    ],
    emit,
};

fn emit(data: &Data) -> Vec<GeneratedFile> {
    let mut files = vec![
        file("mod.rs", modules(data)),
        file("locale.rs", locale(data)),
        file("reply_status.rs", reply_status(data)),
        file("text.rs", text_struct()),
        file("vendor.rs", vendor(data)),
        file("reason.rs", reason(data)),
        file("enhanced.rs", enhanced(data)),
    ];
    for (index, locale) in data.locales.iter().enumerate() {
        files.push(file(
            &format!("text_{}.rs", module_suffix(&locale.tag)),
            texts(data, index),
        ));
    }
    files
}

fn file(name: &str, tokens: TokenStream) -> GeneratedFile {
    let syntax: syn::File = syn::parse2(tokens.clone()).unwrap_or_else(|e| {
        panic!("the Rust emitter produced invalid Rust syntax in {name}: {e}\n{tokens}")
    });
    GeneratedFile {
        path: format!("{DIR}/{name}"),
        contents: header(Syntax::Slashes, EMITTER.inputs) + "\n" + &prettyplease::unparse(&syntax),
    }
}

/// `pt-BR` -> `pt_br`, for module names.
fn module_suffix(tag: &str) -> String {
    tag.to_ascii_lowercase().replace('-', "_")
}

fn ident(name: &str) -> Ident {
    format_ident!("{}", name)
}

/// Integer literals without a type suffix: `550`, not `550u16`.
fn numbers<T: Into<u32> + Copy>(values: &[T]) -> Vec<Literal> {
    values
        .iter()
        .map(|v| Literal::u32_unsuffixed((*v).into()))
        .collect()
}

fn indices(count: usize) -> Vec<Literal> {
    (0..count).map(Literal::usize_unsuffixed).collect()
}

/// One `#[doc]` per line, so that the printer writes `///` comments.
fn doc(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote! { #(#[doc = #lines])* }
}

fn modules(data: &Data) -> TokenStream {
    let text_modules: Vec<Ident> = data
        .locales
        .iter()
        .map(|l| format_ident!("text_{}", module_suffix(&l.tag)))
        .collect();
    let count = Literal::usize_unsuffixed(data.locales.len());
    quote! {
        //! Tables generated from `data/`. The API that reads them is in the crate's other modules.
        pub(crate) mod enhanced;
        pub(crate) mod locale;
        pub(crate) mod reply_status;
        pub(crate) mod text;
        pub(crate) mod reason;
        pub(crate) mod vendor;
        #(mod #text_modules;)*

        /// The texts of each locale, in [`locale::Locale::ALL`] order.
        pub(crate) static TEXTS: [&crate::text::LocaleTexts; #count] = [#(&#text_modules::TEXTS),*];
    }
}

fn locale(data: &Data) -> TokenStream {
    let variants: Vec<Ident> = data.locales.iter().map(|l| ident(&l.variant())).collect();
    let tags: Vec<&str> = data.locales.iter().map(|l| l.tag.as_str()).collect();
    let english: Vec<&str> = data
        .locales
        .iter()
        .map(|l| l.english_name.as_str())
        .collect();
    let native: Vec<&str> = data
        .locales
        .iter()
        .map(|l| l.native_name.as_str())
        .collect();
    let docs: Vec<TokenStream> = data
        .locales
        .iter()
        .map(|l| {
            let fallback = if l.tag == "en" {
                ", the fallback of every text"
            } else {
                ""
            };
            doc(&format!(
                "{} ({}, `{}`){fallback}.",
                l.english_name, l.native_name, l.tag
            ))
        })
        .collect();
    quote! {
        /// A language the texts are written in.
        ///
        /// Parse one from a BCP 47 tag with [`str::parse`]: `"tr-TR".parse::<Locale>()` gives
        /// [`Locale::Tr`]. Every text exists in every locale; where a translation is missing the
        /// English text stands in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Locale {
            #(#docs #variants,)*
        }

        impl Locale {
            /// Every locale, English first.
            pub const ALL: &'static [Locale] = &[#(Locale::#variants),*];

            /// The BCP 47 tag: `"en"`, `"tr"`.
            pub const fn tag(self) -> &'static str {
                match self { #(Locale::#variants => #tags,)* }
            }

            /// The language's name in English: `"Turkish"`.
            pub const fn english_name(self) -> &'static str {
                match self { #(Locale::#variants => #english,)* }
            }

            /// The language's name in itself: `"Türkçe"`.
            pub const fn native_name(self) -> &'static str {
                match self { #(Locale::#variants => #native,)* }
            }
        }
    }
}

/// Doc comment of a variant: the code, its English message and explanation, its references.
fn variant_doc(entry: &Entry) -> String {
    let english = &entry.texts[0];
    let references: Vec<String> = entry.references.iter().map(ToString::to_string).collect();
    format!(
        "`{}` {}\n\n{}\n\nStanding: {}. References: {}.",
        entry.code,
        markdown(&english.message),
        markdown(&english.explanation),
        entry.standing.as_str(),
        markdown(&references.join(", "))
    )
}

fn info(entry: &Entry) -> TokenStream {
    let id = &entry.id;
    let standing = ident(entry.standing.variant());
    let references = entry.references.iter().map(reference);
    quote! {
        crate::text::Info { id: #id, standing: crate::Standing::#standing, references: &[#(#references),*] }
    }
}

/// A `crate::Reference`, with the link the docs use too ([`Reference::url`]).
fn reference(reference: &Reference) -> TokenStream {
    let document = match reference {
        Reference::Rfc { number, .. } => {
            let number = Literal::u32_unsuffixed(*number);
            quote! { crate::Document::Rfc(#number) }
        }
        Reference::Draft(name) => quote! { crate::Document::InternetDraft(#name) },
        Reference::Seed => quote! { crate::Document::SeedArticle },
    };
    let section = match reference {
        Reference::Rfc {
            section: Some(section),
            ..
        } => quote! { Some(#section) },
        _ => quote! { None },
    };
    let url = match reference.url() {
        Some(url) => quote! { Some(#url) },
        None => quote! { None },
    };
    quote! { crate::Reference::new(#document, #section, #url) }
}

/// An enum whose discriminants are the codes' numbers, with `ALL`, a `const fn` lookup from
/// the number, `index()` into the tables, and the table of [`info`]: what `ReplyCode`,
/// `StatusClass` and `StatusSubject` share.
struct NumberedEnum<'a> {
    name: &'a str,
    /// `u8` or `u16`: the type of the numbers.
    repr: &'a str,
    /// Doc comment of the enum.
    doc: &'a str,
    /// Name of the `const fn` lookup from the number.
    lookup: &'a str,
    /// Whether the lookup is public (or only for the crate's hand-written API).
    lookup_public: bool,
    /// Doc comment of the lookup function.
    lookup_doc: &'a str,
    /// Name of the static that holds each variant's [`info`].
    info_table: &'a str,
    entries: Vec<&'a Entry>,
    numbers: Vec<u32>,
}

impl NumberedEnum<'_> {
    fn tokens(&self) -> TokenStream {
        let name = ident(self.name);
        let repr = ident(self.repr);
        let lookup = ident(self.lookup);
        let visibility = if self.lookup_public {
            quote! { pub }
        } else {
            quote! { pub(crate) }
        };
        let enum_doc = doc(self.doc);
        let lookup_doc = doc(self.lookup_doc);
        let variants: Vec<Ident> = self.entries.iter().map(|e| ident(&e.id)).collect();
        let docs = self.entries.iter().map(|e| doc(&variant_doc(e)));
        let numbers: Vec<Literal> = self
            .numbers
            .iter()
            .map(|n| Literal::u32_unsuffixed(*n))
            .collect();
        let indices = indices(self.entries.len());
        let info_table = ident(self.info_table);
        let count = Literal::usize_unsuffixed(self.entries.len());
        let infos = self.entries.iter().map(|e| info(e));
        quote! {
            #enum_doc
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #[non_exhaustive]
            #[repr(#repr)]
            pub enum #name {
                #(#docs #variants = #numbers,)*
            }

            impl #name {
                /// Every variant, in data order.
                pub const ALL: &'static [#name] = &[#(#name::#variants),*];

                #lookup_doc
                #visibility const fn #lookup(number: #repr) -> Option<#name> {
                    match number {
                        #(#numbers => Some(#name::#variants),)*
                        _ => None,
                    }
                }

                /// Position in `ALL` and in every table.
                pub(crate) const fn index(self) -> usize {
                    match self { #(#name::#variants => #indices,)* }
                }
            }

            /// Identifier, standing and references of each variant, by index.
            pub(crate) static #info_table: [crate::text::Info; #count] = [#(#infos),*];
        }
    }
}

fn reply_status(data: &Data) -> TokenStream {
    let entries: Vec<&Entry> = data.of_kind(Kind::Reply).collect();
    let codes: Vec<u16> = entries.iter().map(|e| reply_number(e.code)).collect();
    let count = Literal::usize_unsuffixed(entries.len());
    let statuses = codes.iter().map(|code| {
        let ids = data.statuses_for_reply(*code).map(|s| ident(&s.id));
        quote! { &[#(crate::EnhancedStatus::#ids),*] }
    });
    let numbered = NumberedEnum {
        name: "ReplyStatus",
        repr: "u16",
        doc: "A reply code the data documents (RFC 5321 §4.2, its extensions, the registry's\n\
              associated codes and folk lists), with its meaning, advice and references.\n\n\
              Get one from any [`ReplyCode`](crate::ReplyCode) with\n\
              [`ReplyCode::status`](crate::ReplyCode::status). The discriminant of each variant\n\
              is the code itself, so [`ReplyStatus::code`] costs nothing and variants order by\n\
              code. [`ReplyStatus::ALL`] is in ascending order.",
        lookup: "from_number",
        lookup_public: false,
        lookup_doc: "The entry with this number, or `None` when the data has no such code.",
        info_table: "INFO",
        numbers: codes.iter().map(|c| u32::from(*c)).collect(),
        entries,
    }
    .tokens();
    quote! {
        #numbered

        /// The enhanced statuses whose registry entry lists each reply code, by index.
        pub(crate) static STATUSES: [&[crate::EnhancedStatus]; #count] = [#(#statuses),*];
    }
}

fn reply_number(code: Code) -> u16 {
    match code {
        Code::Reply(number) => number,
        _ => unreachable!("filtered by kind"),
    }
}

fn enhanced(data: &Data) -> TokenStream {
    let classes: Vec<&Entry> = data.of_kind(Kind::Class).collect();
    let class_enum = NumberedEnum {
        name: "StatusClass",
        repr: "u8",
        doc: "The class of an enhanced status code (RFC 3463 §2): its first number.\n\n\
              The discriminant is the class digit.",
        lookup: "from_u8",
        lookup_public: true,
        lookup_doc: "The class with this digit: 2, 4 or 5.",
        info_table: "CLASS_INFO",
        numbers: classes
            .iter()
            .map(|e| match e.code {
                Code::Class(c) => u32::from(c),
                _ => unreachable!("filtered by kind"),
            })
            .collect(),
        entries: classes,
    }
    .tokens();

    let subjects: Vec<&Entry> = data.of_kind(Kind::Subject).collect();
    let subject_enum = NumberedEnum {
        name: "StatusSubject",
        repr: "u16",
        doc: "The subject of an enhanced status code (RFC 3463 §2): its second number.\n\n\
              The discriminant is the subject number.",
        lookup: "from_u16",
        lookup_public: true,
        lookup_doc: "The subject with this number, if the registry has it.",
        info_table: "SUBJECT_INFO",
        numbers: subjects
            .iter()
            .map(|e| match e.code {
                Code::Subject(s) => u32::from(s),
                _ => unreachable!("filtered by kind"),
            })
            .collect(),
        entries: subjects,
    }
    .tokens();

    let statuses: Vec<&Entry> = data.of_kind(Kind::Status).collect();
    let status_variants: Vec<Ident> = statuses.iter().map(|e| ident(&e.id)).collect();
    let (status_subjects, status_details): (Vec<u16>, Vec<u16>) = statuses
        .iter()
        .map(|e| match e.code {
            Code::Status { subject, detail } => (subject, detail),
            _ => unreachable!("filtered by kind"),
        })
        .unzip();
    let status_docs = statuses.iter().map(|e| doc(&variant_doc(e)));
    let status_indices = indices(statuses.len());
    let (status_subjects, status_details) = (numbers(&status_subjects), numbers(&status_details));
    let status_count = Literal::usize_unsuffixed(statuses.len());
    let status_infos = statuses.iter().map(|e| info(e));
    let associated = statuses.iter().map(|e| {
        let replies = e.associated.iter().map(|code| {
            let entry = data
                .find(Code::Reply(*code))
                .expect("validated: associated codes are rows");
            ident(&entry.id)
        });
        quote! { &[#(crate::ReplyStatus::#replies),*] }
    });

    quote! {
        #class_enum

        #subject_enum

        /// An enumerated entry of the IANA "SMTP Enhanced Status Codes" registry, such as
        /// `X.1.1`: a subject and detail that mean the same in every class.
        ///
        /// Get one from a concrete code with [`EnhancedStatusCode::status`](crate::EnhancedStatusCode::status).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum EnhancedStatus {
            #(#status_docs #status_variants,)*
        }

        impl EnhancedStatus {
            /// Every registry entry, in data order.
            pub const ALL: &'static [EnhancedStatus] = &[#(EnhancedStatus::#status_variants),*];

            /// The registry entry `X.subject.detail`, if there is one.
            pub const fn from_parts(subject: u16, detail: u16) -> Option<EnhancedStatus> {
                match (subject, detail) {
                    #((#status_subjects, #status_details) => Some(EnhancedStatus::#status_variants),)*
                    _ => None,
                }
            }

            pub(crate) const fn index(self) -> usize {
                self as usize
            }
        }

        /// `(subject, detail)` of each entry, by index.
        pub(crate) static STATUS_PARTS: [(u16, u16); #status_count] = [#((#status_subjects, #status_details)),*];

        pub(crate) static STATUS_INFO: [crate::text::Info; #status_count] = [#(#status_infos),*];

        /// The registry's associated basic status codes of each entry, by index.
        pub(crate) static ASSOCIATED: [&[crate::ReplyStatus]; #status_count] = [#(#associated),*];

        const _: () = {
            // `index()` relies on the default discriminants counting up from zero.
            #(assert!(EnhancedStatus::#status_variants as usize == #status_indices);)*
        };
    }
}

/// The crate's `Text` (one field per text field) and, on every generated enum, one method per
/// text field: both from [`TEXT_FIELDS`], so a new field needs no hand-written code in the crate.
fn text_struct() -> TokenStream {
    let fields: Vec<Ident> = TEXT_FIELDS.iter().map(|f| ident(f.name)).collect();
    let field_docs = TEXT_FIELDS.iter().map(|f| doc(f.doc));
    let methods: Vec<TokenStream> = TEXT_FIELDS
        .iter()
        .map(|field| {
            let name = ident(field.name);
            let method = ident(field.method);
            let method_doc = doc(&format!("{} In `locale`.", field.doc));
            if field.optional {
                quote! {
                    #method_doc
                    pub fn #method(self, locale: crate::Locale) -> Option<&'static str> {
                        Some(self.text(locale).#name).filter(|s| !s.is_empty())
                    }
                }
            } else {
                quote! {
                    #method_doc
                    pub fn #method(self, locale: crate::Locale) -> &'static str {
                        self.text(locale).#name
                    }
                }
            }
        })
        .collect();
    // Each enum and the field of `LocaleTexts` that holds its texts.
    let impls = [
        ("ReplyStatus", "reply"),
        ("StatusClass", "class"),
        ("StatusSubject", "subject"),
        ("EnhancedStatus", "status"),
        ("VendorStatus", "vendor"),
        ("Reason", "reason"),
    ]
    .map(|(ty, table)| {
        let (ty, table) = (ident(ty), ident(table));
        quote! {
            impl crate::#ty {
                fn text(self, locale: crate::Locale) -> &'static Text {
                    &super::TEXTS[locale as usize].#table[self.index()]
                }

                #(#methods)*
            }
        }
    });
    quote! {
        //! The text fields of the data: the shape of a text, and one method per field on every
        //! enum that has texts.

        /// The text of one code in one locale.
        #[derive(Debug)]
        pub(crate) struct Text {
            #(#field_docs pub(crate) #fields: &'static str,)*
        }

        #(#impls)*
    }
}

fn text(texts: &Texts) -> TokenStream {
    let fields: Vec<Ident> = TEXT_FIELDS.iter().map(|f| ident(f.name)).collect();
    let values = TEXT_FIELDS.iter().map(|f| texts.get(f));
    quote! {
        crate::generated::text::Text { #(#fields: #values,)* }
    }
}

fn texts(data: &Data, locale: usize) -> TokenStream {
    let of = |kind: Kind| -> Vec<TokenStream> {
        data.of_kind(kind).map(|e| text(&e.texts[locale])).collect()
    };
    let (reply, class, subject, status) = (
        of(Kind::Reply),
        of(Kind::Class),
        of(Kind::Subject),
        of(Kind::Status),
    );
    let vendor = data.vendor.iter().map(|v| text(&v.texts[locale]));
    let reason = data.reasons.iter().map(|r| text(&r.texts[locale]));
    let doc = format!("Every text in {}.", data.locales[locale].english_name);
    quote! {
        #[doc = #doc]
        pub(crate) static TEXTS: crate::text::LocaleTexts = crate::text::LocaleTexts {
            reply: &[#(#reply),*],
            class: &[#(#class),*],
            subject: &[#(#subject),*],
            status: &[#(#status),*],
            vendor: &[#(#vendor),*],
            reason: &[#(#reason),*],
        };
    }
}

/// Whether an entry can name its provider by itself, when no rule recognised the reply: a token,
/// or an enhanced code that the registry does not list (`5.7.606`), that no other provider
/// documents. A registered code (`5.7.27`) means the registry's meaning from anyone else.
pub(crate) fn standalone(data: &Data, entry: &VendorEntry) -> bool {
    let unique = || {
        data.vendor
            .iter()
            .all(|other| other.provider == entry.provider || other.key != entry.key)
    };
    match &entry.key {
        VendorKey::Token(_) => unique(),
        VendorKey::Enhanced(code) => {
            let registered = data
                .find(Code::Status {
                    subject: code.subject,
                    detail: code.detail,
                })
                .is_some();
            !registered && unique()
        }
        VendorKey::Reply(_) | VendorKey::Phrase(_) => false,
    }
}

/// The texts a reply is searched for on the providers' behalf (the `contains` rules, vendor
/// tokens and phrases, the `match` phrases), each once: one automaton finds them all in one
/// pass over the reply, however many there are.
pub(crate) struct TextKeys {
    /// Lowercase text and whether it must stand as a word (tokens).
    pub(crate) keys: Vec<(String, bool)>,
}

impl TextKeys {
    pub(crate) fn of(data: &Data) -> TextKeys {
        let mut keys: Vec<(String, bool)> = Vec::new();
        let mut add = |text: &str, word: bool| {
            let key = (text.to_ascii_lowercase(), word);
            if !keys.contains(&key) {
                keys.push(key);
            }
        };
        for rule in data.rules.iter().filter(|r| r.kind == RuleKind::Contains) {
            add(&rule.pattern, false);
        }
        for entry in &data.vendor {
            match &entry.key {
                VendorKey::Token(token) => add(token, true),
                VendorKey::Phrase(phrase) => add(phrase, false),
                VendorKey::Enhanced(_) | VendorKey::Reply(_) => {}
            }
            if !entry.match_text.is_empty() {
                add(&entry.match_text, false);
            }
        }
        TextKeys { keys }
    }

    pub(crate) fn index(&self, text: &str, word: bool) -> u16 {
        let key = (text.to_ascii_lowercase(), word);
        let index = self
            .keys
            .iter()
            .position(|k| *k == key)
            .expect("every key was added");
        index as u16
    }

    fn tables(&self) -> TokenStream {
        let texts: Vec<&[u8]> = self.keys.iter().map(|(t, _)| t.as_bytes()).collect();
        let automaton = Automaton::new(&texts);
        let infos = self.keys.iter().map(|(text, word)| {
            let len = text.len() as u16;
            quote! { TextKey { len: #len, word: #word } }
        });
        let classes = automaton.classes.iter().map(|c| Literal::u8_unsuffixed(*c));
        let next = automaton.next.iter().map(|n| Literal::u16_unsuffixed(*n));
        let mut starts = vec![0u16];
        let mut found: Vec<u16> = Vec::new();
        for outputs in &automaton.outputs {
            found.extend(outputs);
            starts.push(found.len() as u16);
        }
        let starts_literals = starts.iter().map(|n| Literal::u16_unsuffixed(*n));
        let found_literals = found.iter().map(|n| Literal::u16_unsuffixed(*n));
        let (key_count, class_count, next_count, start_count, found_count, words) = (
            Literal::usize_unsuffixed(self.keys.len()),
            Literal::usize_unsuffixed(automaton.class_count),
            Literal::usize_unsuffixed(automaton.next.len()),
            Literal::usize_unsuffixed(starts.len()),
            Literal::usize_unsuffixed(found.len()),
            Literal::usize_unsuffixed(self.keys.len().div_ceil(64).max(1)),
        );
        quote! {
            /// Every text the providers' rules and entries look for: its length, and whether it
            /// must stand as a word.
            pub(crate) static TEXT_KEYS: [TextKey; #key_count] = [#(#infos),*];

            /// How many `u64`s a set of found keys takes.
            pub(crate) const KEY_WORDS: usize = #words;

            /// The class of each byte for the keys' automaton.
            pub(crate) static KEY_CLASSES: [u8; 256] = [#(#classes),*];

            /// How many byte classes there are.
            pub(crate) const KEY_CLASS_COUNT: usize = #class_count;

            /// The automaton's transitions: `KEY_NEXT[state * KEY_CLASS_COUNT + class]`.
            pub(crate) static KEY_NEXT: [u16; #next_count] = [#(#next),*];

            /// The keys ending in state `s` are `KEY_FOUND[KEY_STARTS[s]..KEY_STARTS[s + 1]]`.
            pub(crate) static KEY_STARTS: [u16; #start_count] = [#(#starts_literals),*];

            /// See [`KEY_STARTS`].
            pub(crate) static KEY_FOUND: [u16; #found_count] = [#(#found_literals),*];
        }
    }
}

/// How many match phrases of the entries sharing this entry's provider and key its wording
/// holds: the fuller wording wins where one entry's text contains another's phrase.
pub(crate) fn rank(data: &Data, entry: &VendorEntry) -> u8 {
    let wording = entry.wording.to_ascii_lowercase();
    let count = data
        .vendor
        .iter()
        .filter(|other| other.provider == entry.provider && other.key == entry.key)
        .filter(|other| {
            !other.match_text.is_empty() && wording.contains(&other.match_text.to_ascii_lowercase())
        })
        .count();
    u8::try_from(count).unwrap_or(u8::MAX)
}

/// `Provider`, `VendorStatus` and the tables `Reply::provider` and `Reply::vendor_status` read.
fn vendor(data: &Data) -> TokenStream {
    let providers: Vec<Ident> = data.providers.iter().map(|p| ident(&p.id)).collect();
    let provider_docs = data
        .providers
        .iter()
        .map(|p| doc(&format!("{}: <{}>", markdown(&p.name), p.url)));
    let provider_infos = data.providers.iter().enumerate().map(|(i, p)| {
        let (id, name, url) = (&p.id, &p.name, &p.url);
        let statuses = data.vendor_of(i).map(|v| ident(&v.id));
        quote! {
            ProviderInfo { id: #id, name: #name, url: #url, statuses: &[#(VendorStatus::#statuses),*] }
        }
    });
    let keys = TextKeys::of(data);
    let rules = data.rules.iter().map(|rule| {
        let provider = &providers[rule.provider];
        let pattern = Literal::byte_string(rule.pattern.to_ascii_lowercase().as_bytes());
        match rule.kind {
            RuleKind::EndsWith => quote! { Rule { provider: Provider::#provider, text: RuleText::EndsWith(#pattern) } },
            RuleKind::Contains => {
                let key = keys.index(&rule.pattern, false);
                quote! { Rule { provider: Provider::#provider, text: RuleText::Contains(#key) } }
            }
        }
    });
    let statuses: Vec<Ident> = data.vendor.iter().map(|v| ident(&v.id)).collect();
    let status_docs = data.vendor.iter().map(|v| {
        let english = &v.texts[0];
        doc(&format!(
            "`{}` ({}) {}\n\nSource: [{}]({}).",
            v.key,
            markdown(&data.providers[v.provider].name),
            markdown(&english.message),
            markdown(&v.source_title),
            v.source_url
        ))
    });
    let infos = data.vendor.iter().map(|v| {
        let id = &v.id;
        let provider = &providers[v.provider];
        let key = match &v.key {
            VendorKey::Enhanced(c) => {
                let (class, subject, detail) = (c.class, c.subject, c.detail);
                quote! { Key::Enhanced(#class, #subject, #detail) }
            }
            VendorKey::Reply(code) => quote! { Key::Reply(#code) },
            VendorKey::Token(token) => {
                let key = keys.index(token, true);
                quote! { Key::Token(#token, #key) }
            }
            VendorKey::Phrase(phrase) => {
                let key = keys.index(phrase, false);
                quote! { Key::Phrase(#phrase, #key) }
            }
        };
        let replies = v.reply_codes.iter();
        let enhanced = match v.enhanced {
            Some(c) => {
                let (class, subject, detail) = (c.class, c.subject, c.detail);
                quote! { Some((#class, #subject, #detail)) }
            }
            None => quote! { None },
        };
        let phrase = if v.match_text.is_empty() {
            quote! { None }
        } else {
            let key = keys.index(&v.match_text, false);
            quote! { Some(#key) }
        };
        let wording = &v.wording;
        let (title, url) = (&v.source_title, &v.source_url);
        let standalone = standalone(data, v);
        let rank = rank(data, v);
        quote! {
            VendorInfo {
                id: #id,
                provider: Provider::#provider,
                key: #key,
                reply_codes: &[#(crate::ReplyCode::from_checked(#replies)),*],
                enhanced: #enhanced,
                phrase: #phrase,
                rank: #rank,
                wording: #wording,
                references: &[crate::Reference::new(crate::Document::ProviderPage(#title), None, Some(#url))],
                standalone: #standalone,
            }
        }
    });
    // Entries by enhanced code, sorted, for a binary search from a code.
    type Parts = (u8, u16, u16);
    let mut by_code: Vec<(Parts, Vec<&str>)> = Vec::new();
    let mut keyed: Vec<(&VendorEntry, (u8, u16, u16))> = data
        .vendor
        .iter()
        .filter_map(|v| v.enhanced.map(|c| (v, (c.class, c.subject, c.detail))))
        .collect();
    keyed.sort_by_key(|(_, code)| *code);
    for (entry, code) in keyed {
        match by_code.last_mut() {
            Some((last, ids)) if *last == code => ids.push(&entry.id),
            _ => by_code.push((code, vec![&entry.id])),
        }
    }
    let by_code_entries = by_code.iter().map(|((class, subject, detail), ids)| {
        let ids = ids.iter().map(|id| ident(id));
        quote! { ((#class, #subject, #detail), &[#(VendorStatus::#ids),*]) }
    });
    let (provider_count, rule_count, status_count, code_count) = (
        Literal::usize_unsuffixed(data.providers.len()),
        Literal::usize_unsuffixed(data.rules.len()),
        Literal::usize_unsuffixed(data.vendor.len()),
        Literal::usize_unsuffixed(by_code.len()),
    );
    let provider_indices = indices(data.providers.len());
    let indices = indices(data.vendor.len());
    let key_tables = keys.tables();
    let text_keyed: Vec<Ident> = data
        .vendor
        .iter()
        .filter(|v| !matches!(v.key, VendorKey::Enhanced(_)))
        .map(|v| ident(&v.id))
        .collect();
    let text_keyed_count = Literal::usize_unsuffixed(text_keyed.len());
    quote! {
        use crate::vendor::{Key, ProviderInfo, Rule, RuleText, TextKey, VendorInfo};

        #key_tables

        /// A mail provider whose own documentation lists the codes and replies its servers
        /// send. [`Reply::provider`](crate::Reply::provider) recognises it from a reply.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Provider {
            #(#provider_docs #providers,)*
        }

        impl Provider {
            /// Every provider, in data order.
            pub const ALL: &'static [Provider] = &[#(Provider::#providers),*];

            pub(crate) const fn index(self) -> usize {
                self as usize
            }
        }

        /// Name, link and documented entries of each provider, by index.
        pub(crate) static PROVIDERS: [ProviderInfo; #provider_count] = [#(#provider_infos),*];

        /// How to recognise each provider's replies, in data order: the first that matches wins.
        pub(crate) static RULES: [Rule; #rule_count] = [#(#rules),*];

        /// A code or reply that a provider documents, with the provider's meaning.
        ///
        /// [`Reply::vendor_status`](crate::Reply::vendor_status) finds the one a reply shows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum VendorStatus {
            #(#status_docs #statuses,)*
        }

        impl VendorStatus {
            /// Every entry, by provider, then by code.
            pub const ALL: &'static [VendorStatus] = &[#(VendorStatus::#statuses),*];

            pub(crate) const fn index(self) -> usize {
                self as usize
            }
        }

        /// The facts of each entry, by index.
        pub(crate) static VENDOR: [VendorInfo; #status_count] = [#(#infos),*];

        /// The entries whose key is not an enhanced code (tokens, phrases, reply codes).
        pub(crate) static TEXT_KEYED: [VendorStatus; #text_keyed_count] = [#(VendorStatus::#text_keyed),*];

        /// The entries of each enhanced code, sorted by code.
        pub(crate) static BY_ENHANCED: [(crate::vendor::Parts, &[VendorStatus]); #code_count] = [#(#by_code_entries),*];

        const _: () = {
            // `index()` relies on the default discriminants counting up from zero.
            #(assert!(VendorStatus::#statuses as usize == #indices);)*
            #(assert!(Provider::#providers as usize == #provider_indices);)*
        };
    }
}

/// `Reason` and the tables `Reply::classify` reads: each code's default reason, and the
/// automaton of the text patterns.
fn reason(data: &Data) -> TokenStream {
    let variants: Vec<Ident> = data.reasons.iter().map(|r| ident(&r.variant)).collect();
    let docs = data.reasons.iter().map(|r| {
        let hard = match r.hard {
            Some(true) => "A hard bounce.",
            Some(false) => "A soft bounce.",
            None => "Hard after a 5yz reply, soft after a 4yz one.",
        };
        doc(&format!(
            "`{}`: {} {hard}",
            r.id,
            markdown(&r.texts[0].message)
        ))
    });
    let infos = data.reasons.iter().map(|r| {
        let id = &r.id;
        let hard = match r.hard {
            Some(hard) => quote! { Some(#hard) },
            None => quote! { None },
        };
        quote! { ReasonInfo { id: #id, hard: #hard } }
    });
    let reason_of = |index: usize| ident(&data.reasons[index].variant);
    let strong = |rule: &crate::model::ReasonRule| rule.strength == Strength::Strong;
    let mut replies: Vec<(u16, Ident, bool)> = Vec::new();
    let mut statuses: Vec<(u16, u16, Ident, bool)> = Vec::new();
    let mut vendor: Vec<Option<Ident>> = vec![None; data.vendor.len()];
    let mut patterns: Vec<(&str, Ident)> = Vec::new();
    for rule in &data.reason_rules {
        let reason = reason_of(rule.reason);
        match &rule.target {
            RuleTarget::Reply(code) => replies.push((*code, reason, strong(rule))),
            RuleTarget::Status(subject, detail) => {
                statuses.push((*subject, *detail, reason, strong(rule)))
            }
            RuleTarget::Vendor(index) => vendor[*index] = Some(reason),
            RuleTarget::Pattern(text) => patterns.push((text, reason)),
        }
    }
    replies.sort_by_key(|r| r.0);
    statuses.sort_by_key(|s| (s.0, s.1));
    let reply_rows = replies.iter().map(|(code, reason, strong)| {
        quote! { (#code, Reason::#reason, #strong) }
    });
    let status_rows = statuses.iter().map(|(subject, detail, reason, strong)| {
        quote! { ((#subject, #detail), Reason::#reason, #strong) }
    });
    let vendor_rows = vendor.iter().map(|reason| match reason {
        Some(reason) => quote! { Some(Reason::#reason) },
        None => quote! { None },
    });
    let bytes: Vec<&[u8]> = patterns.iter().map(|(text, _)| text.as_bytes()).collect();
    let automaton = Automaton::new(&bytes);
    let pattern_rows = patterns.iter().map(|(text, reason)| {
        quote! { Pattern { text: #text, reason: Reason::#reason } }
    });
    let classes = automaton.classes.iter().map(|c| Literal::u8_unsuffixed(*c));
    let next = automaton.next.iter().map(|n| Literal::u16_unsuffixed(*n));
    let output = automaton.output.iter().map(|o| Literal::u16_unsuffixed(*o));
    let class_count = Literal::usize_unsuffixed(automaton.class_count);
    let (reason_count, reply_count, status_count, vendor_count, pattern_count) = (
        Literal::usize_unsuffixed(data.reasons.len()),
        Literal::usize_unsuffixed(replies.len()),
        Literal::usize_unsuffixed(statuses.len()),
        Literal::usize_unsuffixed(data.vendor.len()),
        Literal::usize_unsuffixed(patterns.len()),
    );
    let (next_count, state_count) = (
        Literal::usize_unsuffixed(automaton.next.len()),
        Literal::usize_unsuffixed(automaton.output.len()),
    );
    let indices = indices(data.reasons.len());
    quote! {
        use crate::reason::{Pattern, ReasonInfo};

        /// Why a delivery failed, in the vocabulary of Sisimai (as of its 5.6 release), so that
        /// results compare with the most-used open bounce classifier.
        ///
        /// [`Reply::classify`](crate::Reply::classify) finds it; [`Reason::as_str`] gives the
        /// vocabulary's name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Reason {
            #(#docs #variants,)*
        }

        impl Reason {
            /// Every reason, in data order.
            pub const ALL: &'static [Reason] = &[#(Reason::#variants),*];

            pub(crate) const fn index(self) -> usize {
                self as usize
            }
        }

        /// The vocabulary's name and the hard-bounce rule of each reason, by index.
        pub(crate) static REASONS: [ReasonInfo; #reason_count] = [#(#infos),*];

        /// The default reason of reply codes, sorted by code: (code, reason, strong).
        pub(crate) static REPLY_REASONS: [(u16, Reason, bool); #reply_count] = [#(#reply_rows),*];

        /// The default reason of registry entries, sorted by (subject, detail).
        pub(crate) static STATUS_REASONS: [(crate::reason::SubjectDetail, Reason, bool); #status_count] = [#(#status_rows),*];

        /// The reason of each vendor entry, by its index.
        pub(crate) static VENDOR_REASONS: [Option<Reason>; #vendor_count] = [#(#vendor_rows),*];

        /// The text patterns, in data order; the automaton reports their indices.
        pub(crate) static PATTERNS: [Pattern; #pattern_count] = [#(#pattern_rows),*];

        /// The class of each byte for the automaton (ASCII capitals share their lowercase letter's).
        pub(crate) static CLASSES: [u8; 256] = [#(#classes),*];

        /// How many byte classes there are.
        pub(crate) const CLASS_COUNT: usize = #class_count;

        /// The automaton's transitions: `NEXT[state * CLASS_COUNT + class]`.
        pub(crate) static NEXT: [u16; #next_count] = [#(#next),*];

        /// The longest pattern ending in each state, or `u16::MAX`.
        pub(crate) static OUTPUT: [u16; #state_count] = [#(#output),*];

        const _: () = {
            #(assert!(Reason::#variants as usize == #indices);)*
        };
    }
}
