//! Binding: WHATWG URL parsing and setters (the `url` crate implements the
//! URL Standard), and IDNA domain conversion. `lib/internal/url.js` builds
//! `URL` and `URLSearchParams` on it. IDNA comes from the `idna` crate.

use rquickjs::{Ctx, Function, Object, Result, Value};
use url::Url;

/// [href, protocol, username, password, host, hostname, port, pathname,
/// search, hash, origin] of a parsed URL, in the getters' string forms.
fn parts(u: &Url) -> Vec<String> {
    let search = match u.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    };
    let hash = match u.fragment() {
        Some(f) if !f.is_empty() => format!("#{f}"),
        _ => String::new(),
    };
    vec![
        u.as_str().to_string(),
        format!("{}:", u.scheme()),
        u.username().to_string(),
        u.password().unwrap_or("").to_string(),
        match (u.host_str(), u.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => String::new(),
        },
        u.host_str().unwrap_or("").to_string(),
        u.port().map(|p| p.to_string()).unwrap_or_default(),
        u.path().to_string(),
        search,
        hash,
        u.origin().ascii_serialization(),
    ]
}

fn to_js<'js>(ctx: &Ctx<'js>, parsed: Option<Url>) -> Result<Value<'js>> {
    use rquickjs::IntoJs;
    match parsed {
        Some(u) => parts(&u).into_js(ctx),
        None => Ok(Value::new_null(ctx.clone())),
    }
}

pub fn install<'js>(ctx: &Ctx<'js>, binding: &Object<'js>) -> Result<()> {
    let o = Object::new(ctx.clone())?;
    o.set(
        "parse",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, input: String, base: Option<String>| {
                let parsed = match base {
                    Some(b) => Url::parse(&b).ok().and_then(|b| b.join(&input).ok()),
                    None => Url::parse(&input).ok(),
                };
                to_js(&ctx, parsed)
            },
        )?,
    )?;
    o.set(
        "update",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'js>, href: String, part: String, value: String| {
                let Ok(mut u) = Url::parse(&href) else {
                    return to_js(&ctx, None);
                };
                // Setters that reject a value leave the URL as it was, as the
                // URL Standard says.
                match part.as_str() {
                    "protocol" => {
                        let scheme = value.split(':').next().unwrap_or("");
                        let _ = u.set_scheme(scheme);
                    }
                    "username" => {
                        let _ = u.set_username(&value);
                    }
                    "password" => {
                        let _ = u.set_password(if value.is_empty() { None } else { Some(&value) });
                    }
                    "host" => {
                        let _ = url::quirks::set_host(&mut u, &value);
                    }
                    "hostname" => {
                        let _ = url::quirks::set_hostname(&mut u, &value);
                    }
                    "port" => {
                        let _ = url::quirks::set_port(&mut u, &value);
                    }
                    "pathname" => url::quirks::set_pathname(&mut u, &value),
                    "search" => url::quirks::set_search(&mut u, &value),
                    "hash" => url::quirks::set_hash(&mut u, &value),
                    "href" => {
                        return to_js(&ctx, Url::parse(&value).ok());
                    }
                    _ => {}
                }
                to_js(&ctx, Some(u))
            },
        )?,
    )?;
    o.set(
        "domainToASCII",
        Function::new(ctx.clone(), |d: String| -> String {
            idna::domain_to_ascii(&d).unwrap_or_default()
        })?,
    )?;
    o.set(
        "domainToUnicode",
        Function::new(ctx.clone(), |d: String| -> String {
            match idna::domain_to_unicode(&d) {
                (out, Ok(())) => out,
                _ => String::new(),
            }
        })?,
    )?;
    binding.set("url", o)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_the_getter_strings() {
        let u = Url::parse("https://user:pw@example.com:8080/a/b?x=1#frag").unwrap();
        let p = parts(&u);
        assert_eq!(p[1], "https:");
        assert_eq!(p[4], "example.com:8080");
        assert_eq!(p[8], "?x=1");
        assert_eq!(p[10], "https://example.com:8080");
    }
}
