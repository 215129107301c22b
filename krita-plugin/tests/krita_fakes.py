"""Stand-ins for the few Krita document calls document_io makes, recording what was done.

They model Krita's behaviour the tests depend on (bytes in the layer's own order, a node
joining its parent above a sibling); the end-to-end test checks the same against real Krita.
"""


class FakeSelection:
    def __init__(self, x, y, width, height, mask):
        self._rect = (x, y, width, height)
        self._mask = mask  # bytes, width*height

    def x(self):
        return self._rect[0]

    def y(self):
        return self._rect[1]

    def width(self):
        return self._rect[2]

    def height(self):
        return self._rect[3]

    def pixelData(self, x, y, w, h):
        sx, sy, sw, _ = self._rect
        rows = []
        for row in range(y, y + h):
            start = (row - sy) * sw + (x - sx)
            rows.append(self._mask[start:start + w])
        return b"".join(rows)


class FakeNode:
    def __init__(self, name, kind="paintlayer", model="RGBA", depth="U8", data=b""):
        self._name = name
        self._type = kind
        self._model, self._depth = model, depth
        self.data = data
        self.parent = None
        self.children = []
        self.written = None  # (bytes, x, y, w, h) from setPixelData

    def name(self):
        return self._name

    def type(self):
        return self._type

    def colorModel(self):
        return self._model

    def colorDepth(self):
        return self._depth

    def parentNode(self):
        return self.parent

    def childNodes(self):
        return list(self.children)

    def pixelData(self, x, y, w, h):
        return self.data

    def projectionPixelData(self, x, y, w, h):
        return self.data

    def setPixelData(self, data, x, y, w, h):
        self.written = (bytes(data), x, y, w, h)

    def addChildNode(self, child, above):
        child.parent = self
        index = self.children.index(above) + 1 if above is not None else len(self.children)
        self.children.insert(index, child)
        return True


class FakeDocument:
    def __init__(self, width, height, model="RGBA", depth="U8", selection=None):
        self._size = [width, height]
        self._model, self._depth = model, depth
        self._selection = selection
        self.root = FakeNode("root", "grouplayer", model, depth)
        self.active = None
        self.annotations = {}
        self.resized = None
        self.merged = b""

    def add_layer(self, node):
        self.root.addChildNode(node, self.root.children[-1] if self.root.children else None)
        self.active = node
        return node

    def width(self):
        return self._size[0]

    def height(self):
        return self._size[1]

    def colorModel(self):
        return self._model

    def colorDepth(self):
        return self._depth

    def activeNode(self):
        return self.active

    def setActiveNode(self, node):
        self.active = node

    def rootNode(self):
        return self.root

    def selection(self):
        return self._selection

    def pixelData(self, x, y, w, h):
        return self.merged

    def fileName(self):
        return "/art/portrait.kra"

    def name(self):
        return "portrait"

    def annotation(self, kind):
        return self.annotations.get(kind, b"")

    def setAnnotation(self, kind, description, data):
        self.annotations[kind] = bytes(data)

    def createNode(self, name, kind):
        return FakeNode(name, kind, self._model, self._depth)

    def resizeImage(self, x, y, w, h):
        self.resized = (x, y, w, h)
        self._size = [w, h]

    def refreshProjection(self):
        pass

    def waitForDone(self):
        pass
