import CLibXML2
import Foundation

/// An error from libxml2, with the library's own message when it gave one.
public struct XMLError: Error, CustomStringConvertible, Sendable {
    /// What failed.
    public let message: String
    /// The 1-based line of the input where parsing failed, when known.
    public let line: Int?
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Streams an XML document into memory through libxml2's text writer, which escapes text and
/// attribute values itself. Characters XML 1.0 forbids are removed first: libxml2 would pass
/// them through and make the file unreadable.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// Opens a writer on an empty buffer.
    public init() throws {
        guard let buffer = xmlBufferCreate() else { throw XMLError(message: "cannot allocate an XML buffer", line: nil) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError(message: "cannot create an XML writer", line: nil)
        }
        self.buffer = buffer
        self.writer = writer
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32, _ what: String) throws {
        if result < 0 { throw XMLError(message: "libxml2 failed to write \(what)", line: nil) }
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "the XML declaration")
    }

    /// Opens an element.
    public func start(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "<\(name)>")
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLText.clean(value)), "attribute \(name)")
    }

    /// Writes character data, escaped by libxml2.
    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, XMLText.clean(value)), "text")
    }

    /// Closes the innermost open element (as `<x/>` when it is empty).
    public func end() throws {
        try check(xmlTextWriterEndElement(writer), "an end tag")
    }

    /// Writes `<name a="v"…>body</name>`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try end()
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text value: String) throws {
        try start(name)
        try text(value)
        try end()
    }

    /// Closes everything still open and returns the bytes. The writer cannot be used afterwards.
    public func finish() throws -> Data {
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        xmlFreeTextWriter(writer)
        finished = true
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }
}

/// Text rules shared by everything that writes XML.
public enum XMLText {
    /// True for the scalars XML 1.0 allows in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text without the characters XML 1.0 forbids. Normalising is the caller's job.
    public static func clean(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(isAllowed) { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
    }
}
