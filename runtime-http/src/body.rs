//! Reading a request's body off a connection's input: a Content-Length
//! count or the chunked decoder, the pieces handed to the application as
//! they come, then a chunked body's trailer fields and the end.

use std::rc::Rc;

use crate::chunked::ChunkedDecoder;
use crate::conn::{Connection, Phase};
use crate::timeouts::Wait;

/// How the current request's body is framed, with what is left of it.
#[derive(Debug)]
pub(crate) enum Body {
    Length(u64),
    Chunked(ChunkedDecoder),
}

impl Connection {
    /// Feeds buffered input to the body decoder; true when the body ended.
    pub(crate) fn read_body(self: &Rc<Self>) -> bool {
        let mut pieces: Vec<Vec<u8>> = Vec::new();
        let mut trailers = Vec::new();
        let result = {
            let mut st = self.state.borrow_mut();
            let st = &mut *st;
            match st.body.as_mut() {
                Some(Body::Length(remaining)) => {
                    let take = st
                        .input
                        .len()
                        .min(usize::try_from(*remaining).unwrap_or(usize::MAX));
                    if take > 0 {
                        // All of the input is body (the usual case): it
                        // moves rather than being copied.
                        pieces.push(if take == st.input.len() {
                            std::mem::take(&mut st.input)
                        } else {
                            st.input.drain(..take).collect()
                        });
                        *remaining -= take as u64;
                    }
                    Ok(*remaining == 0)
                }
                Some(Body::Chunked(decoder)) => {
                    match decoder.decode(&st.input, |d| pieces.push(d.to_vec())) {
                        Ok(p) => {
                            st.input.drain(..p.consumed);
                            if p.done {
                                decoder.trailer_fields().map(|t| {
                                    trailers = t;
                                    true
                                })
                            } else {
                                Ok(false)
                            }
                        }
                        Err(e) => Err(e),
                    }
                }
                None => Ok(true),
            }
        };
        for piece in pieces {
            self.handler.on_body(self, piece);
        }
        match result {
            Err(err) => {
                self.reject(err);
                false
            }
            Ok(true) => {
                let (next, idle) = {
                    let mut st = self.state.borrow_mut();
                    st.body = None;
                    let mut next = false;
                    if st.phase == Phase::Body {
                        // Answered already: on to the next request.
                        next = std::mem::take(&mut st.responded);
                        st.phase = if next { Phase::Head } else { Phase::Respond };
                    }
                    (next, st.input.is_empty())
                };
                self.deadline.clear();
                if next {
                    self.wait_for(if idle { Wait::KeepAlive } else { Wait::Head });
                }
                if !trailers.is_empty() {
                    self.handler.on_trailers(self, trailers);
                }
                self.handler.on_body_end(self);
                true
            }
            Ok(false) => false,
        }
    }
}
