# Builds resources/samples/ from ../shared/data (downscaled subsets). Run from the repo root.
import cv2, os, shutil, random
S = '../shared/data'
O = 'resources/samples'
shutil.rmtree(O, ignore_errors=True)

def down(img, long_side, interp):
    h, w = img.shape[:2]
    s = long_side / max(h, w)
    if s >= 1: return img
    return cv2.resize(img, (round(w * s), round(h * s)), interpolation=interp)

# photos: all 39, long side 256
os.makedirs(f'{O}/photos', exist_ok=True)
for f in sorted(os.listdir(f'{S}/photos')):
    if not f.endswith('.jpg'): continue
    img = cv2.imread(f'{S}/photos/{f}', cv2.IMREAD_COLOR)
    cv2.imwrite(f'{O}/photos/{f}', down(img, 256, cv2.INTER_AREA), [cv2.IMWRITE_JPEG_QUALITY, 90])

# camvid: SegNet layout subset at 240x180
random.seed(7)
counts = {'train': 60, 'val': 20, 'test': 40}
os.makedirs(f'{O}/camvid', exist_ok=True)
for split, n in counts.items():
    lines = open(f'{S}/camvid/{split}_staged.txt').read().split('\n')
    lines = [l for l in lines if l.strip()]
    # evenly spaced frames so each subset spans the sequences
    pick = [lines[round(i * (len(lines) - 1) / (n - 1))] for i in range(n)]
    os.makedirs(f'{O}/camvid/{split}', exist_ok=True)
    os.makedirs(f'{O}/camvid/{split}annot', exist_ok=True)
    staged, orig = [], []
    for l in pick:
        im, an = l.split()
        img = cv2.imread(f'{S}/camvid/{im}', cv2.IMREAD_COLOR)
        m = cv2.imread(f'{S}/camvid/{an}', cv2.IMREAD_UNCHANGED)
        cv2.imwrite(f'{O}/camvid/{im}', cv2.resize(img, (240, 180), interpolation=cv2.INTER_AREA),
                    [cv2.IMWRITE_JPEG_QUALITY, 92])
        cv2.imwrite(f'{O}/camvid/{an}', cv2.resize(m, (240, 180), interpolation=cv2.INTER_NEAREST))
        staged.append(f'{im} {an}')
        b = os.path.splitext(os.path.basename(im))[0]
        orig.append(f'/SegNet/CamVid/{split}/{b}.png /SegNet/CamVid/{split}annot/{b}.png')
    open(f'{O}/camvid/{split}_staged.txt', 'w').write('\n'.join(staged) + '\n')
    open(f'{O}/camvid/{split}.txt', 'w').write('\n'.join(orig) + '\n')
for f in ['classes.txt', 'class_colors.txt']:
    shutil.copy(f'{S}/camvid/{f}', f'{O}/camvid/{f}')

# coco128: YOLO layout, all 128+128 images downscaled to long side 224; labels unchanged (normalised);
# masks nearest-neighbour to the same size.
for split in ['train2017', 'val2017']:
    for sub in ['images', 'labels', 'masks']:
        os.makedirs(f'{O}/coco128/{sub}/{split}', exist_ok=True)
    for f in sorted(os.listdir(f'{S}/coco128/images/{split}')):
        b = os.path.splitext(f)[0]
        img = cv2.imread(f'{S}/coco128/images/{split}/{f}', cv2.IMREAD_UNCHANGED)
        small = down(img, 224, cv2.INTER_AREA)
        cv2.imwrite(f'{O}/coco128/images/{split}/{f}', small, [cv2.IMWRITE_JPEG_QUALITY, 88])
        mp = f'{S}/coco128/masks/{split}/{b}.png'
        if os.path.exists(mp):
            m = cv2.imread(mp, cv2.IMREAD_UNCHANGED)
            cv2.imwrite(f'{O}/coco128/masks/{split}/{b}.png',
                        cv2.resize(m, (small.shape[1], small.shape[0]), interpolation=cv2.INTER_NEAREST))
    for f in sorted(os.listdir(f'{S}/coco128/labels/{split}')):
        shutil.copy(f'{S}/coco128/labels/{split}/{f}', f'{O}/coco128/labels/{split}/{f}')
for f in ['classes.txt', 'semantic_classes.txt']:
    shutil.copy(f'{S}/coco128/{f}', f'{O}/coco128/{f}')
shutil.copy(f'{S}/photos/LICENSES.md', f'{O}/photos/LICENSES.md')
