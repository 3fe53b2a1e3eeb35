//! A deterministic Aho-Corasick automaton over ASCII-lowercased bytes, built at generation time
//! so that the crate finds every text pattern in one pass over a line, at a cost per byte that
//! does not depend on how many patterns there are.
//!
//! Bytes are folded into classes first (each byte that occurs in a pattern has its own class,
//! an ASCII capital shares its lowercase letter's, every other byte is class 0), so the
//! transition table is `states × classes` rather than `states × 256`.

use std::collections::VecDeque;

/// The tables the crate walks.
#[derive(Debug, PartialEq, Eq)]
pub struct Automaton {
    /// The class of each byte value.
    pub classes: [u8; 256],
    /// How many classes there are.
    pub class_count: usize,
    /// `next[state * class_count + class]`: the state after reading a byte of that class.
    pub next: Vec<u16>,
    /// For each state, the longest pattern that ends there (its index), or `u16::MAX`.
    pub output: Vec<u16>,
    /// For each state, every pattern that ends there (own and through failure links), sorted.
    pub outputs: Vec<Vec<u16>>,
}

/// No pattern ends in a state.
pub const NONE: u16 = u16::MAX;

impl Automaton {
    /// Builds the automaton of `patterns` (compared ignoring ASCII case). Of two patterns that
    /// end at the same byte, the longer one is reported; of two of the same length, the first.
    pub fn new(patterns: &[&[u8]]) -> Automaton {
        let lower = |b: u8| b.to_ascii_lowercase();
        let mut classes = [0u8; 256];
        let mut class_count = 1usize;
        for pattern in patterns {
            for &b in pattern.iter() {
                let b = lower(b);
                if classes[usize::from(b)] == 0 {
                    assert!(class_count < 256, "at most 255 distinct bytes in patterns");
                    classes[usize::from(b)] = class_count as u8;
                    class_count += 1;
                }
            }
        }
        for upper in b'A'..=b'Z' {
            classes[usize::from(upper)] = classes[usize::from(lower(upper))];
        }
        // The trie: `goto[state][class]`, 0 meaning none (the root is never a target).
        let mut goto: Vec<Vec<u32>> = vec![vec![0; class_count]];
        let mut ends: Vec<Option<usize>> = vec![None];
        for (index, pattern) in patterns.iter().enumerate() {
            let mut state = 0usize;
            for &b in pattern.iter() {
                let class = usize::from(classes[usize::from(lower(b))]);
                if goto[state][class] == 0 {
                    goto.push(vec![0; class_count]);
                    ends.push(None);
                    goto[state][class] = (goto.len() - 1) as u32;
                }
                state = goto[state][class] as usize;
            }
            ends[state].get_or_insert(index);
        }
        assert!(goto.len() < usize::from(NONE), "too many states for u16");
        let length = |index: usize| patterns[index].len();
        // Breadth first: failure links, then full transitions and outputs.
        let states = goto.len();
        let mut fail = vec![0usize; states];
        let mut next = vec![0u16; states * class_count];
        let mut best: Vec<Option<usize>> = ends.clone();
        // Every pattern ending in a state: its own (identical patterns share a state).
        let mut outputs: Vec<Vec<u16>> = vec![Vec::new(); states];
        for (index, pattern) in patterns.iter().enumerate() {
            let mut state = 0usize;
            for &b in pattern.iter() {
                let class = usize::from(classes[usize::from(lower(b))]);
                state = goto[state][class] as usize;
            }
            outputs[state].push(index as u16);
        }
        let mut queue = VecDeque::new();
        for class in 0..class_count {
            let target = goto[0][class] as usize;
            next[class] = target as u16;
            if target != 0 {
                queue.push_back(target);
            }
        }
        while let Some(state) = queue.pop_front() {
            // Failure states are nearer the root, so theirs are complete already.
            let inherited: Vec<u16> = outputs[fail[state]].clone();
            outputs[state].extend(inherited);
            outputs[state].sort_unstable();
            outputs[state].dedup();
            // The longest pattern ending here: this state's own, or its failure state's.
            let inherited = best[fail[state]];
            best[state] = match (best[state], inherited) {
                (Some(own), Some(other)) if length(other) > length(own) => Some(other),
                (None, other) => other,
                (own, _) => own,
            };
            for class in 0..class_count {
                let target = goto[state][class] as usize;
                if target != 0 {
                    fail[target] = usize::from(next[fail[state] * class_count + class]);
                    next[state * class_count + class] = target as u16;
                    queue.push_back(target);
                } else {
                    next[state * class_count + class] = next[fail[state] * class_count + class];
                }
            }
        }
        let output = best.iter().map(|b| b.map_or(NONE, |i| i as u16)).collect();
        Automaton {
            classes,
            class_count,
            next,
            output,
            outputs,
        }
    }

    /// Every (end, pattern) the automaton reports in `text`, as the crate would find them; for
    /// tests.
    #[cfg(test)]
    pub fn find_all(&self, text: &[u8]) -> Vec<(usize, u16)> {
        let mut state = 0usize;
        let mut found = Vec::new();
        for (i, &b) in text.iter().enumerate() {
            let class = usize::from(self.classes[usize::from(b)]);
            state = usize::from(self.next[state * self.class_count + class]);
            if self.output[state] != NONE {
                found.push((i + 1, self.output[state]));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::Automaton;

    #[test]
    fn finds_every_pattern_ignoring_ascii_case() {
        let patterns: [&[u8]; 4] = [b"user unknown", b"unknown", b"mailbox full", b"box"];
        let automaton = Automaton::new(&patterns);
        let found = automaton.find_all(b"550 User Unknown; MAILBOX FULL");
        // "user unknown" ends where "unknown" does: the longer one is reported.
        assert_eq!(found, [(16, 0), (25, 3), (30, 2)]);
        assert!(automaton.find_all(b"no match here").is_empty());
        // Overlaps through failure links: "aab" in "aaab".
        let automaton = Automaton::new(&[b"aab"]);
        assert_eq!(automaton.find_all(b"aaab"), [(4, 0)]);
    }

    #[test]
    fn reports_every_pattern_ending_in_a_state() {
        let patterns: [&[u8]; 4] = [b"she", b"he", b"hers", b"e"];
        let automaton = Automaton::new(&patterns);
        let mut state = 0usize;
        let mut ends = Vec::new();
        for (i, &b) in b"ushers".iter().enumerate() {
            let class = usize::from(automaton.classes[usize::from(b)]);
            state = usize::from(automaton.next[state * automaton.class_count + class]);
            for &p in &automaton.outputs[state] {
                ends.push((i + 1, p));
            }
        }
        assert_eq!(ends, [(4, 0), (4, 1), (4, 3), (6, 2)]);
    }

    #[test]
    fn agrees_with_a_naive_search() {
        let patterns: Vec<&[u8]> = vec![b"spam", b"pamph", b"am", b"blocked using", b"lock", b"x"];
        let automaton = Automaton::new(&patterns);
        let text = b"Blocked using SPAMHAUS; pamphlet am x lock".to_vec();
        let lower = text.to_ascii_lowercase();
        for end in 1..=text.len() {
            // The longest pattern ending at `end`, by a naive search.
            let naive = patterns
                .iter()
                .enumerate()
                .filter(|(_, p)| end >= p.len() && lower[end - p.len()..end] == ***p)
                .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(&a.0)))
                .map(|(i, _)| i as u16);
            let found = automaton
                .find_all(&text[..end])
                .last()
                .filter(|(e, _)| *e == end)
                .map(|(_, p)| *p);
            assert_eq!(found, naive, "at {end}");
        }
    }
}
