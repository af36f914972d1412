package org.wasmscope.debug.core.sourcelookup;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.sourcelookup.ISourceContainer;
import org.eclipse.debug.core.sourcelookup.containers.AbstractSourceContainerTypeDelegate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Keeps a {@link PathMappingSourceContainer} in a launch configuration: {@code <pathMapping compilePath="…" localPath="…"/>}. */
public final class PathMappingSourceContainerType extends AbstractSourceContainerTypeDelegate {
    private static final String ELEMENT = "pathMapping", COMPILE_PATH = "compilePath", LOCAL_PATH = "localPath";

    @Override
    public ISourceContainer createSourceContainer(String memento) throws CoreException {
        Node node = parseDocument(memento);
        if (node instanceof Element e && e.getNodeName().equals(ELEMENT) && !e.getAttribute(COMPILE_PATH).isEmpty()) {
            return new PathMappingSourceContainer(e.getAttribute(COMPILE_PATH), e.getAttribute(LOCAL_PATH));
        }
        abort("Not a WebAssembly path mapping: " + memento, null);
        return null;
    }

    @Override
    public String getMemento(ISourceContainer container) throws CoreException {
        PathMappingSourceContainer mapping = (PathMappingSourceContainer) container;
        Document doc = newDocument();
        Element e = doc.createElement(ELEMENT);
        e.setAttribute(COMPILE_PATH, mapping.compilePath());
        e.setAttribute(LOCAL_PATH, mapping.localPath());
        doc.appendChild(e);
        return serializeDocument(doc);
    }
}
