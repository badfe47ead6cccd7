def pdf(catalog_extra="", page_extra="", extra=()):
    objs=[f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>","<< /Type /Pages /Kids [3 0 R] /Count 1 >>",f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] {page_extra} >>",*extra]
    s="%PDF-1.4\n"; offs=[]
    for i,o in enumerate(objs):
        offs.append(len(s)); s+=f"{i+1} 0 obj\n{o}\nendobj\n"
    x=len(s); s+=f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n"
    for o in offs: s+=f"{o:010d} 00000 n \n"
    s+=f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return s.encode()
open('ok.pdf','wb').write(pdf())
open('js.pdf','wb').write(pdf("/OpenAction 4 0 R",extra=["<< /S /JavaScript /JS (app.alert\\(1\\)) >>"]))
open('launch.pdf','wb').write(pdf("/OpenAction 4 0 R",extra=["<< /S /Launch /F (cmd.exe) >>"]))
open('embedded.pdf','wb').write(pdf("/Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] >> >>",extra=["<< /Type /Filespec /F (x.exe) >>"]))
# pdf with JS hidden in a page annotation
open('annotjs.pdf','wb').write(pdf(page_extra="/Annots [4 0 R]",extra=["<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /JavaScript /JS (app.alert\\(2\\)) >> >>"]))
