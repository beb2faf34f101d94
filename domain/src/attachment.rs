//! Attachments of applications and redemptions (issue #17): quotes and invoices, PDF or image,
//! at most [`MAX_BYTES`] each. The type is read from the content (its magic bytes), never from
//! the file name; a declared type that the content does not bear out is refused.
use crate::application::ApplicationStatus;
use crate::voucher::RedemptionStatus;

/// The largest attachment: 10 MB (10 MiB, 10,485,760 bytes).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What an attachment is, from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Png,
    Jpeg,
    Webp,
    Gif,
}

impl FileType {
    pub const ALL: [FileType; 5] = [
        FileType::Pdf,
        FileType::Png,
        FileType::Jpeg,
        FileType::Webp,
        FileType::Gif,
    ];

    /// The media type (`application/pdf`, `image/png`, …).
    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Webp => "image/webp",
            FileType::Gif => "image/gif",
        }
    }

    /// The type a client declares (`Content-Type`, parameters ignored, case-insensitive);
    /// `image/jpg` is read as JPEG.
    pub fn declared(media_type: &str) -> Option<FileType> {
        let base = media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if base == "image/jpg" {
            return Some(FileType::Jpeg);
        }
        FileType::ALL.into_iter().find(|t| t.media_type() == base)
    }

    /// What the content is, from its first bytes; `None` for anything else.
    pub fn sniff(bytes: &[u8]) -> Option<FileType> {
        if bytes.starts_with(b"%PDF-") {
            Some(FileType::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(FileType::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileType::Jpeg)
        } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(FileType::Webp)
        } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
            Some(FileType::Gif)
        } else {
            None
        }
    }
}

/// What the attachment is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttachmentKind {
    Quote,
    Invoice,
}

crate::organisation::str_enum!(AttachmentKind { Quote = "QUOTE", Invoice = "INVOICE" });

/// What an attachment is attached to, in the status it is in now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parent {
    Application(ApplicationStatus),
    Redemption(RedemptionStatus),
}

impl Parent {
    /// The kind an upload gets when it names none: a quote on an application, an invoice on a
    /// redemption.
    pub fn default_kind(self) -> AttachmentKind {
        match self {
            Parent::Application(_) => AttachmentKind::Quote,
            Parent::Redemption(_) => AttachmentKind::Invoice,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than 10 MB")]
    TooLarge,
    #[error("only PDF, PNG, JPEG, WebP and GIF files can be attached")]
    TypeNotAllowed,
    #[error("the file is not a {declared} file")]
    NotWhatItClaims { declared: &'static str },
    #[error("a file name has 1 to 200 characters and no control characters or path separators")]
    BadName,
    #[error("a redemption takes invoices only")]
    KindNotAllowed,
    #[error("attachments can be added only while the {0} is open")]
    Closed(&'static str),
}

impl AttachmentError {
    /// The input field the error is about (`None` for a closed parent).
    pub fn field(&self) -> Option<&'static str> {
        match self {
            AttachmentError::Empty
            | AttachmentError::TooLarge
            | AttachmentError::NotWhatItClaims { .. } => Some("file"),
            AttachmentError::TypeNotAllowed => Some("contentType"),
            AttachmentError::BadName => Some("name"),
            AttachmentError::KindNotAllowed => Some("kind"),
            AttachmentError::Closed(_) => None,
        }
    }
}

/// A checked upload: its type from the content and its cleaned-up name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub file_type: FileType,
    pub name: String,
}

/// Checks an upload: `size` is what the client sent (checked before the content is looked
/// at), `declared` its `Content-Type`, `name` its file name (trimmed).
pub fn check_file(
    declared: &str,
    name: &str,
    size: usize,
    bytes: &[u8],
) -> Result<CheckedFile, AttachmentError> {
    if size > MAX_BYTES || bytes.len() > MAX_BYTES {
        return Err(AttachmentError::TooLarge);
    }
    if bytes.is_empty() {
        return Err(AttachmentError::Empty);
    }
    let declared = FileType::declared(declared).ok_or(AttachmentError::TypeNotAllowed)?;
    match FileType::sniff(bytes) {
        Some(actual) if actual == declared => {}
        _ => {
            return Err(AttachmentError::NotWhatItClaims {
                declared: declared.media_type(),
            });
        }
    }
    let name = name.trim();
    let bad = name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name == "."
        || name == ".."
        || name
            .chars()
            .any(|c| c.is_control() || c == '/' || c == '\\' || c == '"');
    if bad {
        return Err(AttachmentError::BadName);
    }
    Ok(CheckedFile {
        file_type: declared,
        name: name.to_owned(),
    })
}

/// Whether an attachment of `kind` may be added to `parent` now: an application while it is a
/// draft or submitted (under review), a redemption (invoices only) while its payment is pending.
pub fn may_attach(parent: Parent, kind: AttachmentKind) -> Result<(), AttachmentError> {
    match parent {
        Parent::Application(ApplicationStatus::Draft | ApplicationStatus::Submitted) => Ok(()),
        Parent::Application(_) => Err(AttachmentError::Closed("application")),
        Parent::Redemption(_) if kind != AttachmentKind::Invoice => {
            Err(AttachmentError::KindNotAllowed)
        }
        Parent::Redemption(RedemptionStatus::PendingPayment) => Ok(()),
        Parent::Redemption(RedemptionStatus::Paid) => Err(AttachmentError::Closed("redemption")),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn a_pdf_declared_as_a_pdf_is_accepted() {
        let f = check_file("application/pdf", " quote.pdf ", PDF.len(), PDF).unwrap();
        assert_eq!(f.file_type, FileType::Pdf);
        assert_eq!(f.name, "quote.pdf");
    }

    #[test]
    fn the_type_comes_from_the_content_not_the_name() {
        let e = check_file("application/pdf", "quote.pdf", PNG.len(), PNG).unwrap_err();
        assert_eq!(e.field(), Some("file"));
        let exe = b"MZ\x90\0\x03\0\0\0";
        assert!(matches!(
            check_file("application/pdf", "quote.pdf", exe.len(), exe),
            Err(AttachmentError::NotWhatItClaims { .. })
        ));
        assert_eq!(
            check_file("image/png", "scan.pdf", PNG.len(), PNG)
                .unwrap()
                .file_type,
            FileType::Png
        );
    }

    #[test]
    fn each_image_type_is_recognised_by_its_magic_bytes() {
        assert_eq!(FileType::sniff(b"\xFF\xD8\xFF\xE0"), Some(FileType::Jpeg));
        assert_eq!(
            FileType::sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(FileType::Webp)
        );
        assert_eq!(FileType::sniff(b"GIF89a\x01\0"), Some(FileType::Gif));
        assert_eq!(FileType::sniff(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(FileType::sniff(b"%PD"), None);
    }

    #[test]
    fn other_declared_types_are_refused_on_the_content_type() {
        let e = check_file("application/x-msdownload", "a.exe", 2, b"MZ").unwrap_err();
        assert_eq!(e, AttachmentError::TypeNotAllowed);
        assert_eq!(e.field(), Some("contentType"));
    }

    #[test]
    fn a_file_over_ten_megabytes_is_refused_and_one_of_exactly_ten_is_not() {
        let mut big = PDF.to_vec();
        big.resize(MAX_BYTES, b' ');
        assert!(check_file("application/pdf", "a.pdf", big.len(), &big).is_ok());
        big.push(b' ');
        assert_eq!(
            check_file("application/pdf", "a.pdf", big.len(), &big),
            Err(AttachmentError::TooLarge)
        );
    }

    #[test]
    fn empty_files_and_unsafe_names_are_refused() {
        assert_eq!(
            check_file("application/pdf", "a.pdf", 0, b""),
            Err(AttachmentError::Empty)
        );
        for name in ["", "  ", "../x.pdf", "a\\b.pdf", "a\nb.pdf", "\"q\".pdf"] {
            assert_eq!(
                check_file("application/pdf", name, PDF.len(), PDF),
                Err(AttachmentError::BadName),
                "{name:?}"
            );
        }
    }

    #[test]
    fn applications_take_attachments_while_open_and_redemptions_invoices_while_unpaid() {
        use AttachmentKind::*;
        assert!(may_attach(Parent::Application(ApplicationStatus::Draft), Quote).is_ok());
        assert!(may_attach(Parent::Application(ApplicationStatus::Submitted), Invoice).is_ok());
        assert!(may_attach(Parent::Application(ApplicationStatus::Approved), Quote).is_err());
        assert!(
            may_attach(
                Parent::Redemption(RedemptionStatus::PendingPayment),
                Invoice
            )
            .is_ok()
        );
        assert_eq!(
            may_attach(Parent::Redemption(RedemptionStatus::PendingPayment), Quote),
            Err(AttachmentError::KindNotAllowed)
        );
        assert!(may_attach(Parent::Redemption(RedemptionStatus::Paid), Invoice).is_err());
    }
}
